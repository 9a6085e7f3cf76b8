import type { SegmentedSection } from '../stages.js';
import type { Mention } from './types.js';

const FINDING_KINDS = new Set(['Phenotype', 'Disease']);

/** A short form of a class of medicines: "NSAIDs", "ACE", "DMARDs", "PPIs". */
const DRUG_SHORT_FORM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]{1,7}$/u;

/**
 * "Anti-inflammatory painkillers (NSAIDs)": a lay description of a class of medicines glossed by
 * its short form names that class, not the wider one its last word names. Brackets that list
 * members or a brand ("Beta blockers (bisoprolol, carvedilol)") are no short forms.
 */
function isDrugGloss(described: Mention, term: Mention): boolean {
  return described.kind === 'Drug' && term.kind === 'Drug' && DRUG_SHORT_FORM.test(term.text);
}

/** What may stand between a description's finding and its term: "", or the rest of the description ("loss of bone| from the tips of the fingers |(acroosteolysis)"). */
const DESCRIPTION_TO_GLOSS = /^[^,;:()\n.!?—–]{0,50}\(\s*$/u;

/**
 * "clouding of the lens of the eyes (cataracts)", "abnormal muscle stiffness (spasticity)", "loss
 * of bone from the tips of the fingers (acroosteolysis)": a description followed by the clinical
 * term in parentheses names one thing, the term. When the
 * vocabulary reads the description as a finding of its own, that mention is re-pointed to the
 * term's entity, so the article yields one finding, not a near-duplicate pair.
 */
export function joinGlosses(sections: readonly SegmentedSection[], mentions: readonly Mention[], primary: string | undefined): Mention[] {
  const result = [...mentions];
  for (let index = 0; index + 1 < result.length; index += 1) {
    const described = result[index] as Mention;
    const term = result[index + 1] as Mention;
    if (described.section !== term.section || described.entity === term.entity) continue;
    if (!(FINDING_KINDS.has(described.kind) && FINDING_KINDS.has(term.kind)) && !isDrugGloss(described, term)) continue;
    if (described.entity === primary || term.entity === primary) continue;
    const section = sections[described.section];
    if (!section) continue;
    const between = section.text.slice(described.end - section.start, term.start - section.start);
    const after = section.text.slice(term.end - section.start, term.end - section.start + 2);
    if (DESCRIPTION_TO_GLOSS.test(between) && !/\b(?:and|or|but|with|due to|because|caused by)\b/iu.test(between) && /^\s*\)/u.test(after)) result[index] = { ...described, entity: term.entity, kind: term.kind };
  }
  return result;
}
