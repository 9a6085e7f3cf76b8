/**
 * The title a teaser line names: "Achalasia — Achalasia is a disorder of the …" → "Achalasia".
 * Lines that are calls to action ("Read more") name nothing.
 */
export function teaserTitle(line: string): string | undefined {
  const text = line.replace(/^\s*(?:\d{1,3}[.)]|[•▪◦·*-])\s*/u, '').trim();
  if (text === '' || /^(?:read more|see all|view all|more|next|previous|continue reading)\b/iu.test(text)) return undefined;
  const head = text.split(/ — | - |: |…|\.\.\.|(?<=\.)\s/u)[0]?.replace(/[.:;,]+$/u, '').trim() ?? '';
  if (head === '' || head.split(/\s+/u).length > 10) return undefined;
  return head;
}
