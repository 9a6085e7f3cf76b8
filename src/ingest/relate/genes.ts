import type { MentionPlace } from './places.js';
import { offsetInSentence } from './places.js';

const SYMBOL = String.raw`[A-Z][A-Za-z0-9-]*`;
const LIST_GAP = String.raw`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
/** "… GENE gene", "… GENE, GENE2, and GENE3 genes", "FANCA, FANCC and about 20 other FANC genes". */
const FOLLOWED_BY_GENE = new RegExp(String.raw`^(?:${LIST_GAP}${SYMBOL})*(?:${LIST_GAP}(?:(?:about|around|over|some|nearly)\s+)?(?:\d+|several|many|a\s+few)?\s*(?:other|more)(?:\s+${SYMBOL})?)?\s+genes?\b`, 'u');
/** "genes, FGA, FGB, or …", "a gene called APOE", "immune genes raise the risk, especially HLA-DRB1 and …", "mutations in the MTTP", "variants in SNX10, TNFSF11 and …", "variants near IL10 and IL23R, and in ERAP1", "a variant, most often in BRCA2", "Other genes — PALB2 and TP53", "loss of PTEN". */
const PRECEDED_BY_GENE_WORDS = new RegExp(
  String.raw`(?:\b[Gg]enes?\b(?:\s+(?:called|named|known as)|[^.;]{0,40}?,?\s+(?:especially|particularly|notably|such as|including)|(?:\s+[\p{L}-]+){1,4}(?=\s*[—–:]))?|\b(?:[Mm]utations?|[Vv]ariants?|[Cc]hanges?|[Aa]lterations?|[Dd]efects?|[Dd]eletions?|[Ll]oss(?:es)?|[Aa]mplifications?)(?:,?\s+(?:most often|most commonly|usually|mainly|mostly|often|typically),?)?\s+(?:in|of|affecting|within|near)(?:\s+or\s+near)?(?:\s+(?:the|both|one of the|either|copies of the))?)[\s,:(—–]*(?:${SYMBOL}(?:\s*\([^()]{0,80}\))?${LIST_GAP}(?:(?:in|near)\s+)?)*$`,
  'u',
);
/** "GENE mutations", "GENE-related", "GENE variants". */
const FOLLOWED_BY_VARIANT = /^(?:-related|\s+(?:gene\s+)?(?:mutations?|variants?|deletions?|alterations?))\b/u;
const SYMBOLS_ONLY_HEAD = new RegExp(String.raw`^[\s\d.)]*${SYMBOL}(?:${LIST_GAP}${SYMBOL})+[\s—–:.-]*$`, 'u');
/** "a protein called NGF": the name of a protein, not of its gene. */
const PROTEIN_CONTEXT = /\b(?:protein|enzyme|hormone|receptor|channel|factor)\s+(?:called|named|known as)\s+$/iu;

/**
 * Whether a gene-symbol mention is used as the name of a gene ("the FGD1 gene", "the A, B, and
 * C genes", "a gene called APOE", "mutations in TCIRG1"), rather than a protein, a disease
 * abbreviation or an ordinary word that happens to be a symbol ("congenital NCL").
 */
export function isGeneUsage(place: MentionPlace): boolean {
  // "GAA repeat expansion", "CAG repeats": a run of DNA letters that happens to spell a symbol.
  if (isNucleotideRepeat(place)) return false;
  if (place.mention.origin === 'head' || place.mention.origin === 'gene-phrase') return true;
  // "BRCA2 and BRCA1 — the same genes …", "PALB2 and ATM — genes that repair DNA": a head of symbols only.
  if (place.inHead && SYMBOLS_ONLY_HEAD.test(place.item?.head ?? '')) return true;
  const sentence = place.sentence.text;
  const offset = offsetInSentence(place);
  const before = sentence.slice(Math.max(0, offset - 120), offset);
  const after = sentence.slice(offset + (place.mention.end - place.mention.start));
  if (PROTEIN_CONTEXT.test(before)) return false;
  return FOLLOWED_BY_GENE.test(after) || FOLLOWED_BY_VARIANT.test(after) || PRECEDED_BY_GENE_WORDS.test(before);
}

const NUCLEOTIDES_ONLY = /^[ACGTU]{3,6}$/u;
const REPEAT_AFTER = /^(?:\s|-)(?:repeats?|triplets?|trinucleotide|expansions?|codes?)\b/iu;
const REPEAT_BEFORE = /\b(?:DNA\s+code|letters?|triplets?|repeats?\s+of|codons?)\s+$/iu;

function isNucleotideRepeat(place: MentionPlace): boolean {
  if (!NUCLEOTIDES_ONLY.test(place.mention.text)) return false;
  const offset = offsetInSentence(place);
  const sentence = place.sentence.text;
  return REPEAT_AFTER.test(sentence.slice(offset + place.mention.text.length)) || REPEAT_BEFORE.test(sentence.slice(Math.max(0, offset - 40), offset));
}
