// Exercises the shape rules for local (unverified) entities and treatment heads (src/ingest/recognise/shapes.ts)
// and the shared-modifier reading of one-word list parts (sharedModifierName in candidates.ts).
import { describe, expect, it } from 'vitest';
import { sharedModifierName } from '../../../src/ingest/recognise/candidates.js';
import { isAdviceHead, isLocalEntityShape, withoutMannerWords } from '../../../src/ingest/recognise/shapes.js';

describe('isLocalEntityShape', () => {
  it('rejects a single generic word as a local finding or condition', () => {
    expect(isLocalEntityShape('hair', 'Phenotype')).toBe(false);
    expect(isLocalEntityShape('puberty', 'Phenotype')).toBe(false);
    expect(isLocalEntityShape('rare', 'Phenotype')).toBe(false);
  });

  it('rejects a group heading that starts with "Other"', () => {
    expect(isLocalEntityShape('Other tumours', 'Disease')).toBe(false);
    expect(isLocalEntityShape('Osteomyelitis of the jaw', 'Disease')).toBe(true);
  });

  it('accepts a single word with the shape of a clinical term', () => {
    expect(isLocalEntityShape('osteomyelitis', 'Disease')).toBe(true);
    expect(isLocalEntityShape('bruising', 'Phenotype')).toBe(true);
    expect(isLocalEntityShape('tiredness', 'Phenotype')).toBe(true);
  });

  it('rejects clause fragments and pieces cut through a parenthesis', () => {
    expect(isLocalEntityShape('with long-term over-treatment', 'Phenotype')).toBe(false);
    expect(isLocalEntityShape('such as thrush', 'Disease')).toBe(false);
    expect(isLocalEntityShape('inner eyelids (pallor', 'Phenotype')).toBe(false);
  });

  it('rejects a form of a gene as a local condition, but not a disease named by the change it carries', () => {
    expect(isLocalEntityShape('Null variants', 'Disease')).toBe(false);
    expect(isLocalEntityShape('PiZZ genotype', 'Disease')).toBe(false);
    expect(isLocalEntityShape('Classic variant form', 'Disease')).toBe(true);
    expect(isLocalEntityShape('CLL with 17p deletion or TP53 mutation', 'Disease')).toBe(true);
  });

  it('rejects a goal as a local condition, but not a finding named by its -ing word', () => {
    expect(isLocalEntityShape('Protecting the stomach', 'Disease')).toBe(false);
    expect(isLocalEntityShape('Preventing ulcers', 'Disease')).toBe(false);
    expect(isLocalEntityShape('Bleeding gums', 'Phenotype')).toBe(true);
    expect(isLocalEntityShape('Ringing in the ears', 'Phenotype')).toBe(true);
  });

  it('rejects a history a doctor asks about as a local test', () => {
    expect(isLocalEntityShape('Family history', 'Test')).toBe(false);
    expect(isLocalEntityShape('Family screening', 'Test')).toBe(true);
  });

  it('rejects a word for treatment in general as a local treatment', () => {
    expect(isLocalEntityShape('Medications', 'Drug')).toBe(false);
    expect(isLocalEntityShape('Other treatments', 'Procedure')).toBe(false);
    expect(isLocalEntityShape('Walking exercises', 'Procedure')).toBe(true);
  });

  it('accepts multi-word noun phrases and single-word treatments', () => {
    expect(isLocalEntityShape('lack of energy', 'Phenotype')).toBe(true);
    expect(isLocalEntityShape('bone pain (ostealgia)', 'Phenotype')).toBe(true);
    expect(isLocalEntityShape('phlebotomy', 'Procedure')).toBe(true);
  });
});

describe('isAdviceHead', () => {
  it('treats services, support and advice-like imperatives as advice, not treatments', () => {
    expect(isAdviceHead('Hearing support')).toBe(true);
    expect(isAdviceHead('Vision services')).toBe(true);
    expect(isAdviceHead('Pain relief')).toBe(true);
    expect(isAdviceHead('Avoiding triggers and stopping smoking')).toBe(true);
  });

  it('treats a goal or a review as advice ("Blood sugar control", "Medicine review", "Less salt")', () => {
    expect(isAdviceHead('Blood pressure and blood sugar control')).toBe(true);
    expect(isAdviceHead('Medicine review')).toBe(true);
    expect(isAdviceHead('Less salt')).toBe(true);
    expect(isAdviceHead('Stay active')).toBe(true);
  });

  it('treats protection, training, cards, waiting and reassurance as advice, not treatments', () => {
    for (const head of ['Sun protection', 'Emergency injection training', 'Steroid emergency card and medical alert bracelet', 'Watchful waiting', 'Planned rest', 'Explanation and reassurance', 'Enough fluids', 'Nosebleed first aid', 'Counselling and support group']) {
      expect(isAdviceHead(head), head).toBe(true);
    }
  });

  it('keeps named treatments', () => {
    expect(isAdviceHead('Bone marrow transplant')).toBe(false);
    expect(isAdviceHead('Stapes surgery')).toBe(false);
    expect(isAdviceHead('Physiotherapy')).toBe(false);
    expect(isAdviceHead('Fracture care')).toBe(false);
  });
});

describe('withoutMannerWords', () => {
  it('drops leading manner and frequency words from a treatment name', () => {
    expect(withoutMannerWords('Careful dental hygiene')).toBe('dental hygiene');
    expect(withoutMannerWords('daily stretching')).toBe('stretching');
    expect(withoutMannerWords('Phlebotomy')).toBe('Phlebotomy');
  });
});

describe('sharedModifierName', () => {
  it('gives a bare one-word finding the modifier of the two-word finding before it', () => {
    expect(sharedModifierName('cramps', 'Muscle aches', 'Phenotype')).toBe('Muscle cramps');
    expect(sharedModifierName('puberty', 'Delayed growth', 'Phenotype')).toBe('Delayed puberty');
  });

  it('leaves multi-word parts and treatments alone', () => {
    expect(sharedModifierName('motor milestones', 'Delayed walking', 'Phenotype')).toBe('motor milestones');
    expect(sharedModifierName('surgery', 'Blood transfusions', 'Procedure')).toBe('surgery');
  });

  it('gives a second sampling of the same body part its modifiers', () => {
    expect(sharedModifierName('aspiration', 'Bone marrow biopsy', 'Test')).toBe('Bone marrow aspiration');
    expect(sharedModifierName('echocardiogram', 'Chest X-ray', 'Test')).toBe('echocardiogram');
  });
});

describe('a head listing two tests that each end in a noun', () => {
  it('names each test, not one test of both', async () => {
    const { recogniseArticle } = await import('../../../src/ingest/recognise/recognise.js');
    const { createLexicon } = await import('../../../src/lexicon/create.js');
    const { segmentText } = await import('../article-fixture.js');
    const recognised = recogniseArticle(
      segmentText('Alpha-1 antitrypsin deficiency\n\nDiagnostic tests\n\n  1. AAT phenotyping or SERPINA1 genotyping — shows which variants a person carries.\n', 'aatd.txt', 'Diseases'),
      createLexicon([]),
    );
    const tests = [...recognised.entities.values()].filter((entity) => entity.kind === 'Test').map((entity) => entity.name);
    expect(tests.sort()).toEqual(['AAT phenotyping', 'SERPINA1 genotyping']);
  });
});
