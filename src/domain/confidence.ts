/**
 * Confidence of an edge, derived from its evidence by one formula shared by every store:
 *
 *   confidence = 1                                  if an editor curated the edge
 *              = 1 − Π over articles a (1 − w_a)    otherwise (noisy-or), capped at 0.99
 *
 * where w_a is the strongest evidence weight the article a gives the edge. An evidence weight
 * is set by the extractor: 0.5 for a relation typed by its section alone, up to 0.8 when a cue
 * phrase in the sentence states it ("caused by variants in"), plus 0.05 per further section of
 * the same article that repeats it (at most 0.9). Several independent articles raise confidence;
 * one article repeating itself does not make a claim surer.
 */
export interface EvidenceWeight {
  readonly article: string;
  readonly weight: number;
  readonly curated?: boolean;
}

export const MAX_UNCURATED_CONFIDENCE = 0.99;

export function computeConfidence(evidence: readonly EvidenceWeight[]): number {
  if (evidence.some((item) => item.curated)) return 1;
  const strongestByArticle = new Map<string, number>();
  for (const item of evidence) {
    const weight = Math.min(Math.max(item.weight, 0), 1);
    strongestByArticle.set(item.article, Math.max(strongestByArticle.get(item.article) ?? 0, weight));
  }
  let doubt = 1;
  for (const weight of strongestByArticle.values()) doubt *= 1 - weight;
  const confidence = Math.min(1 - doubt, MAX_UNCURATED_CONFIDENCE);
  return Math.round(confidence * 1000) / 1000;
}

export const SECTION_EVIDENCE_WEIGHT = 0.5;
export const CUE_EVIDENCE_WEIGHT = 0.8;
export const EXTRA_SECTION_BONUS = 0.05;
export const MAX_EXTRACTED_WEIGHT = 0.9;
