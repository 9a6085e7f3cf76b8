/** Name written into every evidence this extractor produces. */
export const EXTRACTOR_NAME = 'medkg-relate';

/**
 * Version of the recognise + relate rules. Part of every article's content hash: bump it when
 * a rule changes what an article yields, so the next ingest re-derives every article.
 */
export const EXTRACTOR_VERSION = '1.18.0';
