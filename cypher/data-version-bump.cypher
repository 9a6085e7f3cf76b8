// Every write transaction bumps the data version; article writes also stamp the ingest time.
MERGE (m:Meta {id: 'data'})
SET m.version = coalesce(m.version, 0) + 1,
    m.lastIngestAt = coalesce($ingestAt, m.lastIngestAt)
