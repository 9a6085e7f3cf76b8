// Schema of the Neo4j store, applied at every open; each statement is idempotent (IF NOT EXISTS).
// Every graph node carries :Node plus one kind label (:Disease, :Gene, … :Article).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
// Evidence is keyed by its edge, its article and where the sentence starts.
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (e:Evidence) REQUIRE (e.subject, e.predicate, e.object, e.article, e.start) IS UNIQUE;
CREATE INDEX evidence_edge IF NOT EXISTS FOR (e:Evidence) ON (e.subject, e.predicate, e.object);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article);
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (a:Alias) REQUIRE a.id IS UNIQUE;
CREATE INDEX alias_target IF NOT EXISTS FOR (a:Alias) ON (a.target);
CREATE CONSTRAINT vocabulary_id IF NOT EXISTS FOR (v:VocabEntry) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT computed_key IF NOT EXISTS FOR (c:Computed) REQUIRE (c.namespace, c.key) IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT curated_edit_seq IF NOT EXISTS FOR (c:CuratedEdit) REQUIRE c.seq IS UNIQUE;
CREATE INDEX article_link_source IF NOT EXISTS FOR (l:ArticleLink) ON (l.source);
CREATE INDEX article_link_target IF NOT EXISTS FOR (l:ArticleLink) ON (l.target);
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
// One (:SearchName) per name or synonym of a node: `key` is domain/text.ts searchKey(name).
CREATE INDEX search_name_key IF NOT EXISTS FOR (s:SearchName) ON (s.key);
CREATE INDEX search_name_node IF NOT EXISTS FOR (s:SearchName) ON (s.node);
// The whole key as one Lucene term, so `term~2` measures edits over the whole name.
CREATE FULLTEXT INDEX search_name_whole IF NOT EXISTS FOR (s:SearchName) ON EACH [s.key] OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
// The same key again (a second property: one index per schema), split into words, so a typo
// in one word of a longer name is found too.
CREATE FULLTEXT INDEX search_name_words IF NOT EXISTS FOR (s:SearchName) ON EACH [s.words] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
CREATE INDEX computed_namespace IF NOT EXISTS FOR (c:Computed) ON (c.namespace);
// Editors' workbench: the reference layer (apart from the graph) and the decision log.
CREATE INDEX reference_source IF NOT EXISTS FOR (r:ReferenceRelation) ON (r.source, r.ordinal);
CREATE CONSTRAINT suggestion_decision_key IF NOT EXISTS FOR (d:SuggestionDecision) REQUIRE (d.suggestion, d.verdict, d.at) IS UNIQUE;
