import { describe, expect, it } from 'vitest';
import { classifyHeading, isHeadingShaped } from '../../../src/ingest/segment/headings.js';

describe('classifyHeading', () => {
  it.each([
    ['Symptoms and signs', 'symptoms'],
    ['Signs & Symptoms', 'symptoms'],
    ['What are the signs and symptoms of Marfan syndrome?', 'symptoms'],
    ['What are the genetic changes related to Marfan syndrome?', 'genetics'],
    ['Is Marfan syndrome inherited?', 'inheritance'],
    ['What are the treatments for Marfan syndrome?', 'treatment'],
    ['How many people are affected by Marfan syndrome?', 'frequency'],
    ['What is (are) Marfan syndrome?', 'definition'],
    ['Diagnostic tests', 'diagnosis'],
    ['How is Marfan syndrome diagnosed?', 'diagnosis'],
    ['Drug treatments', 'drugs'],
    ['Non-pharmacological treatments', 'non_drug_treatment'],
    ['Therapies without medicines', 'non_drug_treatment'],
    ['Treatment other than drugs', 'non_drug_treatment'],
    ['Who should not take it', 'interactions'],
    ['Cautions', 'interactions'],
    ['Later problems', 'complications'],
    ['Late effects', 'complications'],
    ['Surgeries and procedures', 'surgery'],
    ['Dietary molecular supplements', 'supplements'],
    ['Immune-support / regenerative / stem-cell drug concepts', 'advanced_therapy'],
    ['When to see a doctor (urgently)', 'when_to_see_doctor'],
    ['What to eat / what to avoid', 'diet'],
    ['Other names', 'other_names'],
    ['Prevention tips', 'prevention'],
    ['Uses', 'indications'],
    ['Side effects', 'side_effects'],
    ['Dosage', 'dosage'],
    ['Why is this test done?', 'test_purpose'],
    ['Results', 'test_results'],
    ['FAQs', 'faq'],
    // Lay wordings other sites use for the same sections.
    ['How doctors confirm it', 'diagnosis'],
    ['How is Marfan syndrome found?', 'diagnosis'],
    ['Finding out if you have it', 'diagnosis'],
    ['Problems it can lead to', 'complications'],
    ['What can it lead to?', 'complications'],
    ['Long-term effects', 'complications'],
    ['What leads to Marfan syndrome?', 'causes'],
    ['When should I get help?', 'when_to_see_doctor'],
    ['Why would I need it?', 'test_purpose'],
    ['Why is it prescribed?', 'indications'],
    ['What raises the risk?', 'causes'],
    ['How severe can it be?', 'types'],
    ['How the dose is checked', 'monitoring'],
    ['Regular checks', 'monitoring'],
    ['Check-ups while taking it', 'monitoring'],
    ['Regular checkups', 'monitoring'],
    ['Prevention and early detection', 'prevention'],
    ['About the test', 'definition'],
    ['Reasons for the test', 'test_purpose'],
    ['Getting ready for the test', 'other'],
    ['How to prepare', 'other'],
    ['Screening and prevention', 'prevention'],
    // Advice on living with it is no list of treatments.
    ['Living with Marfan syndrome', 'other'],
  ])('maps "%s" to %s', (heading, kind) => {
    expect(classifyHeading(heading, 'Marfan syndrome')).toBe(kind);
  });

  it('ignores the topic words of the title', () => {
    expect(classifyHeading('Is inherited thrombophilia inherited?', 'Inherited thrombophilia')).toBe('inheritance');
    expect(classifyHeading('What is (are) Pinworm (also known as Enterobiasis)?', 'Pinworm (also known as Enterobiasis)')).toBe('definition');
  });
});

describe('isHeadingShaped', () => {
  it('accepts short lines without a final period and refuses prose, list items and cited sentences', () => {
    expect(isHeadingShaped('Causes')).toBe(true);
    expect(isHeadingShaped('Key Points')).toBe(true);
    expect(isHeadingShaped('Is CML inherited?')).toBe(true);
    expect(isHeadingShaped('Uric acid crystals form in joints.')).toBe(false);
    expect(isHeadingShaped('  1. Causes')).toBe(false);
    expect(isHeadingShaped('A low ceruloplasmin level supports the diagnosis. NCBI')).toBe(false);
  });

  it('refuses an aside in brackets, though its words name a section', () => {
    expect(isHeadingShaped('(Note: dacarbazine is used for larger cancers.)')).toBe(false);
    expect(isHeadingShaped('What is it used for?')).toBe(true);
  });
});
