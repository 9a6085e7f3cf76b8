/**
 * Spelling rules of the normaliser that work on one folded (lower-case) token: British →
 * American spelling and simple plurals. Both the lexicon's names and the scanned text go
 * through the same rules, so a rule that over-reaches ("exercise" → "exercize") is harmless as
 * long as it does not make two different words equal.
 */

/** Whole words whose British and American forms differ in a way no suffix rule covers. */
const WORD_MAP: Readonly<Record<string, string>> = {
  centre: 'center',
  centres: 'centers',
  litre: 'liter',
  litres: 'liters',
  fibre: 'fiber',
  fibres: 'fibers',
  metre: 'meter',
  grey: 'gray',
  programme: 'program',
  analogue: 'analog',
  analogues: 'analogs',
  catalogue: 'catalog',
  aluminium: 'aluminum',
  sulphate: 'sulfate',
  sulphur: 'sulfur',
  mould: 'mold',
  plough: 'plow',
  manoeuvre: 'maneuver',
};

/**
 * Infix and prefix rules, applied in order; each is a real British pattern in medical text.
 * Each carries a literal every match of it contains: most words contain none, and skipping a
 * rule whose literal is absent changes nothing (the rule could not match) but saves a regex pass.
 */
const PATTERN_RULES: readonly (readonly [string, RegExp, string])[] = [
  // anaemia, haemoglobin, leukaemia, ischaemia, septicaemia, hyperglycaemia, haematology
  ['aem', /aem/gu, 'em'],
  // paediatric, orthopaedic, encyclopaedia
  ['paed', /paed/gu, 'ped'],
  // naevus, naevi, naevoid; faeces, faecal; anaesthesia, anaesthetic; gynaecology; aetiology; caesarean
  ['naev', /naev/gu, 'nev'],
  ['faec', /faec/gu, 'fec'],
  ['aesth', /aesth/gu, 'esth'],
  ['gynaec', /gynaec/gu, 'gynec'],
  ['aetiol', /^aetiol/u, 'etiol'],
  ['caesar', /^caesar/u, 'cesar'],
  // oesophagus, oedema, oestrogen
  ['oe', /^oe/u, 'e'],
  // diarrhoea, dyspnoea, apnoea, gonorrhoea
  ['oea', /oea$/u, 'ea'],
  // coeliac, foetal, amoeba
  ['oe', /(c|f|m)oe/gu, '$1e'],
  // tumour, colour, behaviour, humour, odour, labour, favour
  ['our', /(tum|col|behavi|hum|od|lab|fav|vap)our/gu, '$1or'],
  // -ise/-isation/-yse spellings (hospitalised, immunisation, analyse)
  ['isation', /isation(s?)$/u, 'ization$1'],
  ['is', /is(e|es|ed|ing|er|ers)$/u, 'iz$1'],
  ['ys', /ys(e|es|ed|ing)$/u, 'yz$1'],
  // pathological/pathologic, neurological/neurologic: HPO and MONDO name the "-ologic" form
  ['ological', /ological$/u, 'ologic'],
];
/** Endings that look plural but are not ("diagnosis", "virus", "illness", "lupus", "AIDS", "pancreas"); a vowel before "ys" is a plural ("kidneys", "X-rays", "sprays"). */
const NOT_PLURAL = /(ss|us|is|[^aeou]ys|os|as|ous)$/u;
/** Plurals those endings would hide: tumours in -oma ("cylindromas"), conditions in -ia ("hernias", "arrhythmias"). */
const PLURAL_ANYWAY = /(?:omas|[^lb]ias)$/u;

/** British → American for one lower-case token. */
export function americanise(token: string): string {
  const mapped = WORD_MAP[token];
  if (mapped !== undefined) return mapped;
  let result = token;
  for (const [literal, pattern, replacement] of PATTERN_RULES) if (result.includes(literal)) result = result.replace(pattern, replacement);
  return result;
}

/** Simple plural → singular for one lower-case token ("stones" → "stone", "allergies" → "allergy"). */
export function singularise(token: string): string {
  if (token.length <= 3 || !token.endsWith('s') || (NOT_PLURAL.test(token) && !PLURAL_ANYWAY.test(token))) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  // "abscesses", "masses", "processes": the -es of a word in -ss.
  if (/(ch|sh|x|z|ss)es$/u.test(token)) return token.slice(0, -2);
  return token.slice(0, -1);
}

/** The folded form of one lower-case alphabetic token: American spelling, singular. */
export function foldToken(token: string): string {
  return singularise(americanise(token));
}
