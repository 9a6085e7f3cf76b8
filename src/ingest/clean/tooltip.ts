/**
 * A glossary tooltip plugin leaks its attributes into the text:
 *   `Point<Bangla words>" data-rx-term="tenderness" data-rx-definition="…">tenderness pain when pressed.`
 * The leak may swallow the words before the term and the " — " separating an item's head phrase
 * from its explanation. Repair: drop the leak, keep the glossary term joined to the text by a
 * space, and on a numbered item that lost its separator, put " — " back after the term.
 */
const LEAK = /[\p{Script=Bengali}\u0964\u0965][\p{Script=Bengali}\u0964\u0965\s]*"\s*(?=data-)|\s*"?\s*(?=data-[\w-]+=")/u;
const ATTRIBUTES = /^(?:data-[\w-]+="[^"]*"\s*)+"?\s*>/u;
const ITEM = /^(\s*\d{1,3}[.)]\s+)(.*)$/u;
const SEPARATOR = / — | - |: /u;

/** Repairs every tooltip leak of one line; lines without a leak come back unchanged. */
export function repairTooltipLeaks(line: string): string {
  if (!line.includes('data-')) return line;
  let rest = line;
  let out = '';
  let repairedTerm: { readonly term: string; readonly at: number } | undefined;
  for (;;) {
    const leak = LEAK.exec(rest);
    if (!leak) break;
    const afterLeak = rest.slice(leak.index + leak[0].length);
    const attributes = ATTRIBUTES.exec(afterLeak);
    if (!attributes) break;
    const term = /data-rx-term="([^"]*)"/u.exec(attributes[0])?.[1]?.trim() ?? '';
    const before = rest.slice(0, leak.index).replace(/\s+$/u, '');
    let after = afterLeak.slice(attributes[0].length).replace(/^\s+/u, '');
    if (term !== '' && !after.toLowerCase().startsWith(term.toLowerCase())) after = `${term} ${after}`.trimEnd();
    out += before === '' ? '' : `${before} `;
    if (term !== '') repairedTerm ??= { term, at: out.length };
    rest = after;
  }
  const indent = /^\s*/u.exec(out + rest)?.[0] ?? '';
  const repaired = indent + (out + rest).slice(indent.length).replace(/ {2,}/gu, ' ');
  return repairedTerm ? restoreItemSeparator(repaired, repairedTerm) : repaired;
}

/** "  3. Point tenderness pain when pressed." → "  3. Point tenderness — pain when pressed." */
function restoreItemSeparator(line: string, repaired: { readonly term: string; readonly at: number }): string {
  const item = ITEM.exec(line);
  if (!item?.[1] || item[2] === undefined) return line;
  const content = item[2];
  if (SEPARATOR.test(content)) return line;
  const termEnd = line.toLowerCase().indexOf(repaired.term.toLowerCase(), repaired.at) + repaired.term.length;
  if (termEnd < repaired.term.length || termEnd >= line.length) return line;
  const tail = line.slice(termEnd).trim();
  if (!/^\p{L}/u.test(tail) || tail.split(/\s+/u).length < 2) return line;
  return `${line.slice(0, termEnd).replace(/[\s.,;]+$/u, '')} — ${tail}`;
}
