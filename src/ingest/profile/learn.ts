import { slugify } from '../../domain/ids.js';
import { isRecognisedHeading } from '../clean/anchors.js';
import { lineKey } from '../clean/blocks.js';
import { cleanArticle } from '../clean/clean.js';
import { normaliseCharacters } from '../clean/normalise.js';
import type { RawArticle } from '../stages.js';
import type { BlockRule, SiteProfile } from './schema.js';

export interface LearnOptions {
  /** Share of the articles a line must appear in to count as chrome (default 0.5). */
  readonly minShare?: number;
  /** Below this many articles nothing is learned: repetition means nothing in a handful (default 5). */
  readonly minArticles?: number;
}

/**
 * Finds line blocks that repeat across many articles of a corpus and that the base profile does
 * not already remove, and returns the base profile with them added as named blocks of exact
 * lines. Recognised section headings repeat on purpose and are never learned. Deterministic for
 * a given article order, so the written profile can be reviewed and committed.
 */
export function learnProfile(articles: readonly RawArticle[], base: SiteProfile, options: LearnOptions = {}): SiteProfile {
  const minShare = options.minShare ?? 0.5;
  if (articles.length < (options.minArticles ?? 5)) return base;
  const surviving = articles.map((article) => survivingLines(article, base));
  const frequency = new Map<string, number>();
  for (const lines of surviving) for (const key of new Set(lines.map((line) => line.key))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(minShare * articles.length));
  const repeated = (key: string): boolean => (frequency.get(key) ?? 0) >= threshold;

  const learned: BlockRule[] = [];
  const claimed = new Set<string>();
  for (const lines of surviving) {
    for (const run of repeatedRuns(lines, repeated)) {
      const fresh = run.filter((line) => !claimed.has(line.key));
      if (fresh.length === 0) continue;
      fresh.forEach((line) => claimed.add(line.key));
      learned.push(learnedBlock(fresh.map((line) => line.text), frequency.get(fresh[0]?.key ?? '') ?? 0, articles.length));
    }
  }
  const names = new Set(learned.map((block) => block.name));
  return { ...base, blocks: [...base.blocks.filter((block) => !names.has(block.name)), ...learned] };
}

interface KeyedLine {
  readonly text: string;
  readonly key: string;
  /** Position among the article's surviving lines; runs are consecutive positions. */
  readonly position: number;
}

/** Lines the base profile keeps, minus the title and recognised headings. */
function survivingLines(article: RawArticle, base: SiteProfile): KeyedLine[] {
  const lines = cleanArticle(article, base).text.split('\n').map(normaliseCharacters);
  const kept: KeyedLine[] = [];
  lines.forEach((line, index) => {
    const key = lineKey(line);
    if (index === 0 || key.length < 3 || !/\p{L}/u.test(key) || isRecognisedHeading(lines, index, article.title)) return;
    kept.push({ text: line.trim(), key, position: index });
  });
  return kept;
}

/** Consecutive repeated lines of one article (blank lines between them do not break a run). */
function repeatedRuns(lines: readonly KeyedLine[], repeated: (key: string) => boolean): KeyedLine[][] {
  const runs: KeyedLine[][] = [];
  let run: KeyedLine[] = [];
  let previousPosition = -2;
  for (const line of lines) {
    if (!repeated(line.key)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    if (run.length > 0 && line.position - previousPosition > 2) {
      runs.push(run);
      run = [];
    }
    run.push(line);
    previousPosition = line.position;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function learnedBlock(lines: readonly string[], count: number, total: number): BlockRule {
  const name = `learned-${slugify(lines[0] ?? 'block').slice(0, 40).replace(/-+$/u, '')}`;
  return {
    name,
    description: `Learned by medkg profile learn: ${lines.length} line(s) repeated in ${count} of ${total} articles.`,
    exact: [...lines],
    lines: [],
    teasers: false,
    untilBlank: false,
    untilHeading: true,
    maxLines: 40,
  };
}
