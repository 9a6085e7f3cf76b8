/**
 * A glossary tooltip plugin leaks its attributes into the text, glued to the word before them:
 *   `Lens dislocation" data-rx-term="ectopia lentis" data-rx-definition="…">ectopia lentis`
 *   `…tender when pressed. <Bangla words>" data-rx-term="tenderness" data-rx-definition="…">tenderness`
 * The leak may swallow the words before the term and the " — " separating an item's head phrase
 * from its explanation. Repair: drop the leak and join the glossary term back properly —
 * "Head (term)" when the term ends the text, "… pressed (tenderness)." after a sentence, and
 * "Head — term rest" on a numbered item that lost its separator.
 */
const LEAK = /[\p{Script=Bengali}\u0964\u0965][\p{Script=Bengali}\u0964\u0965\s]*"\s*(?=data-)|\s*"?\s*(?=data-[\w-]+=")/u;
// The closing bracket may come HTML-escaped ("&gt;") where the page was copied as text.
const ATTRIBUTES = /^(?:data-[\w-]+="[^"]*"\s*)+"?\s*(?:>|&gt;)/u;
const ITEM = /^\s*(?:\*\*)?\s*(?:\d{1,3}[.)]|Drug\s*\d+[.)])\s+/u;
const SEPARATOR = / — | - |: /u;

/** Repairs every tooltip leak of one line; lines without a leak come back unchanged. */
export function repairTooltipLeaks(line: string): string {
  if (!line.includes('data-')) return line;
  const indent = /^\s*/u.exec(line)?.[0] ?? '';
  let rest = line.slice(indent.length);
  let out = '';
  for (;;) {
    const leak = LEAK.exec(rest);
    const afterLeak = leak ? rest.slice(leak.index + leak[0].length) : '';
    const attributes = leak ? ATTRIBUTES.exec(afterLeak) : null;
    if (!leak || !attributes) break;
    const term = /data-rx-term="([^"]*)"/u.exec(attributes[0])?.[1]?.trim() ?? '';
    const before = out + rest.slice(0, leak.index).replace(/\s+$/u, '');
    let after = afterLeak.slice(attributes[0].length).replace(/^\s+/u, '');
    if (term !== '' && after.toLowerCase().startsWith(term.toLowerCase())) after = after.slice(term.length);
    ({ out, rest } = joinTerm(before, term, after, ITEM.test(indent + out + rest)));
  }
  return indent + (out + rest).replace(/ {2,}/gu, ' ');
}

/** Puts the glossary term between the text before and after the leak. */
function joinTerm(before: string, term: string, after: string, isItem: boolean): { out: string; rest: string } {
  if (term === '') return { out: before === '' ? '' : `${before} `, rest: after.trimStart() };
  const tail = after.replace(/^\s+/u, '');
  const closing = /^(?:\*\*|__)?\s*$/u.exec(tail) !== null || /^[.,;:!?)]/u.test(tail);
  // "can lower HbA2<leak>HbA2 and hide …": the leak sat right after the term itself, which is said once.
  if (endsWithWords(before, term)) return { out: closing ? before : `${before} `, rest: tail };
  if (closing) {
    // The term ends the text: a parenthetical name of what precedes it.
    const end = /[.!?]$/u.exec(before)?.[0] ?? '';
    return { out: `${before.slice(0, before.length - end.length)} (${term})${end}`, rest: tail };
  }
  const needsSeparator = isItem && !SEPARATOR.test(before) && !SEPARATOR.test(tail) && !/[.!?]$/u.test(before);
  // "Uric acid stones in the<leak>nephrolithiasis cause pain": the leak swallowed the words after
  // "in the", so the phrase before it is cut short; the term names what the phrase began.
  const cut = DANGLING.exec(before);
  if (cut && cut.index > 0) {
    const phrase = before.slice(0, cut.index);
    return { out: `${phrase} (${term})${needsSeparator ? ' — ' : ' '}`, rest: tail };
  }
  return { out: `${before}${needsSeparator ? ' — ' : ' '}${term} `, rest: tail };
}

/** Function words a phrase cannot end with. */
const DANGLING = /(?:\s+(?:the|a|an|in|of|on|at|to|for|with|from|by|into|and|or))+$/iu;

function endsWithWords(text: string, words: string): boolean {
  const lower = text.toLowerCase();
  const term = words.toLowerCase();
  return lower.endsWith(term) && !/[\p{L}\p{N}]/u.test(lower.charAt(lower.length - term.length - 1));
}
