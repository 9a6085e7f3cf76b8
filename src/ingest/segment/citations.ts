/**
 * Citation labels at the end of sentences and items: source names run together with counts
 * ("NCBI+2PMC+2", "FDA Access Data+1", "BioMed Central", "National Organization for Rare
 * Disorders", "ACC/AHA Guideline+2"). The set of sources is open, so they are recognised by shape, never by name: a run
 * of capitalised words (with small connectors and optional +N counts) after the final
 * punctuation of the text, with no punctuation of its own.
 */
const CONNECTOR = '(?:of|for|and|the|on|in|de|du|des|la|&)';
const WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'&/-]*|\\p{N}+\\p{Lu}[\\p{L}\\p{N}]*)";
const LABEL = `${WORD}(?:\\s+(?:${WORD}|${CONNECTOR}(?=\\s+\\p{Lu})))*`;
const RUN = new RegExp(`(?<=[.!?)\\]"'](?:\\s|$)|^)\\s*((?:${LABEL}(?:\\s*\\+\\s*\\d+)?\\s*)+)$`, 'u');
const MAX_RUN_WORDS = 9;

export interface CitationSplit {
  /** The text without the trailing labels, trimmed at the end. */
  readonly text: string;
  /** Source labels in order, counts removed, duplicates dropped. */
  readonly sources: readonly string[];
}

/** Splits trailing citation labels off a sentence or item text ("… spleen. NCBI+2PMC+2"). */
export function splitTrailingCitations(text: string): CitationSplit {
  const trimmed = text.trimEnd();
  const match = RUN.exec(trimmed);
  const run = match?.[1]?.trim();
  if (!match || !run) return { text: trimmed, sources: [] };
  const before = trimmed.slice(0, match.index).trimEnd();
  if (before === '' || run.split(/\s+/u).length > MAX_RUN_WORDS) return { text: trimmed, sources: [] };
  return { text: before, sources: citationLabels(run) };
}

/** "NCBI+2PMC+2" → ["NCBI", "PMC"]; "FDA Access Data+1" → ["FDA Access Data"]. */
export function citationLabels(run: string): string[] {
  const labels = run
    .split(/\s*\+\s*\d+\s*/u)
    .map((label) => label.trim())
    .filter((label) => label !== '');
  return [...new Set(labels)];
}
