/**
 * The search key of a name: what two spellings of one name share. Used by stores for exact and
 * prefix search and by the lexicon as the base of its matcher normalisation, so a name found at
 * ingest is found again by search.
 *
 * NFKC (m² → m2, ﬁ → fi), trade marks dropped, Greek letters spelled out (γ → gamma), lower case,
 * every run of characters that are not letters, marks (Bengali vowel signs) or digits (hyphens, slashes, dashes, quotes) → one space.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[®™©]/gu, '')
    .replace(/[α-ωΑ-Ω]/gu, (letter) => ` ${GREEK[letter.toLowerCase()] ?? letter} `)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .normalize('NFC')
    .trim();
}

const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

export function greekName(letter: string): string | undefined {
  return GREEK[letter.toLowerCase()];
}

/** Text to match literally inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
