// Alias targets of the ids that are old ids.
UNWIND $ids AS id
MATCH (a:Alias {id: id})
RETURN id, a.target AS target
