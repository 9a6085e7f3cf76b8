/**
 * Version 2: the trigram index's own vocabulary (how many names contain each trigram), so a
 * typo search can query the rarest trigrams of the text instead of ranking every name that
 * shares a common one ("ion", "sis").
 */
export const NAME_TERMS = `
CREATE VIRTUAL TABLE node_names_terms USING fts5vocab (node_names_fts, row);
`;
