// Every piece of evidence the given articles gave, before their new evidence is written.
UNWIND $slugs AS slug
MATCH (e:Evidence {article: slug})
DETACH DELETE e
