/**
 * Character-level repairs of article text. Each function maps a line (or text) to a line, keeps
 * leading indentation (it marks list items) and is pure, so cleaning is deterministic.
 */

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
  '⁺': '+', '⁻': '-', '₊': '+', '₋': '-',
};

/** Tabs, controls and every non-ASCII character: what the character rules below can apply to. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/u;

/**
 * Curly quotes → straight, spaced en/em dashes and glued em dashes → " — " (the item separator
 * form), range en dashes and odd hyphens → "-", NBSP and other spaces → " ", zero-width
 * characters dropped, ®/™/℠ dropped (the brand word stays), superscripts and subscripts → digits
 * (m² → m2), runs of spaces collapsed after the indentation.
 */
export function normaliseCharacters(line: string): string {
  const leading = /^[ \t]*/u.exec(line)?.[0] ?? '';
  const indent = leading.replace(/\t/gu, '  ');
  const rest = line.slice(leading.length);
  // Most lines are printable ASCII, where none of the character rules can apply.
  const body = (NOT_PRINTABLE_ASCII.test(rest) ? normaliseSpecialCharacters(rest) : rest).replace(/ {2,}/gu, ' ').replace(/\s+$/u, '');
  return body === '' ? '' : indent + body;
}

function normaliseSpecialCharacters(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/gu, ' ')
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[®™℠]/gu, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⁺⁻₊₋]/gu, (char) => SUPERSCRIPTS[char] ?? char)
    .replace(/[\u2010\u2011\u2212]/gu, '-')
    .replace(/\s+[—–―]\s*|\s*[—–―]\s+|(?<=\p{L})—(?=\p{L})/gu, ' — ')
    .replace(/[–―]/gu, '-');
}

const SCRIPT_CACHE = new Map<string, { run: RegExp; any: RegExp }>();

function scriptPatterns(script: string): { run: RegExp; any: RegExp } {
  let patterns = SCRIPT_CACHE.get(script);
  if (!patterns) {
    const letter = `[\\p{Script=${script}}\\u0964\\u0965]`;
    patterns = {
      // A run of the script with the spaces and light punctuation inside it, and brackets around it.
      run: new RegExp(`\\s*[(\\[]?\\s*${letter}+(?:[\\s,;:'"/-]+${letter}+)*\\s*[)\\]]?`, 'gu'),
      any: new RegExp(letter, 'u'),
    };
    SCRIPT_CACHE.set(script, patterns);
  }
  return patterns;
}

/** Share of the letters of a line written in the given script (0 when the line has no letters). */
export function scriptShare(line: string, script: string): number {
  const { any } = scriptPatterns(script);
  if (!any.test(line)) return 0;
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  // Letters only: a script's vowel signs are marks, and counting them weighed "Constipation (কোষ্ঠকাঠিন্য)" as mostly Bengali.
  return letters.filter((letter) => any.test(letter)).length / letters.length;
}

/** Removes glosses in another script from an English line: "fever (জ্বর) is common" → "fever is common". */
export function stripScriptGlosses(line: string, script: string): string {
  const { run, any } = scriptPatterns(script);
  if (!any.test(line)) return line;
  const indent = /^\s*/u.exec(line)?.[0] ?? '';
  const stripped = line
    .slice(indent.length)
    .replace(run, ' ')
    .replace(/\(\s*\)|\[\s*\]/gu, '')
    .replace(/ {2,}/gu, ' ')
    .replace(/\s+([.,;:!?)])/gu, '$1')
    .trim();
  return stripped === '' ? '' : indent + stripped;
}

/** "Drug 2. …", "**Drug 2. …**": the head line of a drug item. */
const DRUG_HEAD_LINE = /^\s*(?:\*\*)?Drug\s*\d{1,2}\s*[.)]/iu;
/** A class tag glued to the last name of a drug head: "… and mercaptopurineThiopurines". */
// A tag that says what the drug is for ("DapsoneFor the skin rash") is read by the item rules as it is.
const GLUED_TAG = /(?<=\p{Ll}{3})(?=(?!(?:For|To|Against|Used|Given)\b)\p{Lu}\p{Ll}{2,}(?:[\s/-]+[\p{L}-]+)*(?:\*\*)?\s*$)/u;

/**
 * A drug item's head line whose class tag was glued to the last drug name when the page was
 * copied ("Azathioprine (IMURAN) and mercaptopurineThiopurines") gets the item separator back,
 * so the drug's name stands as a word of its own. A tag glued to a closing bracket is already
 * told apart by the head parser.
 */
export function separateGluedDrugTag(line: string): string {
  if (!DRUG_HEAD_LINE.test(line)) return line;
  return line.replace(GLUED_TAG, ' — ');
}
