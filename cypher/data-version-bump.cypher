// Every write transaction bumps the data version (once per article it writes, as many as
// writing them one by one would); article writes also stamp the ingest time.
MERGE (m:Meta {id: 'data'})
SET m.version = coalesce(m.version, 0) + $increment,
    m.lastIngestAt = coalesce($ingestAt, m.lastIngestAt)
