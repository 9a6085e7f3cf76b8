import { describe, expect, it } from 'vitest';
import { normaliseName, tokenize } from '../../src/lexicon/normalise.js';

describe('normaliseName (one normalisation for names and text)', () => {
  it('folds case of ordinary words', () => {
    expect(normaliseName('Osteopetrosis')).toBe(normaliseName('osteopetrosis'));
  });

  it('keeps the case of short all-capitals symbols (≤ 5 characters)', () => {
    expect(normaliseName('CBC')).toBe('CBC');
    expect(normaliseName('cbc')).not.toBe(normaliseName('CBC'));
    expect(normaliseName('NCL')).not.toBe(normaliseName('ncl'));
    expect(normaliseName('CA2')).toBe('CA 2');
    // Longer capitals words fold ("BLOOD COUNT" in a heading = "blood count").
    expect(normaliseName('TNFRSF11A')).toBe(normaliseName('tnfrsf11a'));
  });

  it('gives capitals words in text a folded alternative so headings still match', () => {
    const [blood] = tokenize('BLOOD');
    expect(blood).toMatchObject({ key: 'BLOOD', alt: 'blood' });
  });

  it('drops the plural s after capitals ("CBCs", "MRIs")', () => {
    expect(normaliseName('CBCs')).toBe('CBC');
    expect(normaliseName('MRIs')).toBe('MRI');
  });

  it('applies Unicode NFKC and drops accents', () => {
    expect(normaliseName('Albers-Schönberg disease')).toBe(normaliseName('Albers-Schonberg disease'));
    expect(normaliseName('ﬁbrosis')).toBe(normaliseName('fibrosis'));
  });

  it('spells Greek letters out and splits letters from digits', () => {
    const expected = normaliseName('interferon gamma 1b');
    expect(normaliseName('interferon-γ1b')).toBe(expected);
    expect(normaliseName('interferon-gamma-1b')).toBe(expected);
    expect(normaliseName('Interferon gamma-1b')).toBe(expected);
    expect(normaliseName('IL-6')).toBe(normaliseName('IL6'));
  });

  it('treats hyphen, slash and space alike', () => {
    expect(normaliseName('X-linked')).toBe(normaliseName('X linked'));
    expect(normaliseName('bone-marrow transplant')).toBe(normaliseName('bone marrow/transplant'));
  });

  it('drops ® and ™', () => {
    expect(normaliseName('ACTIMMUNE®')).toBe(normaliseName('Actimmune'));
    expect(normaliseName('Actimmune™')).toBe(normaliseName('actimmune'));
  });

  it('maps British spellings to American', () => {
    const pairs = [
      ['anaemia', 'anemia'],
      ['haemoglobin', 'hemoglobin'],
      ['leukaemia', 'leukemia'],
      ['oesophagus', 'esophagus'],
      ['oedema', 'edema'],
      ['diarrhoea', 'diarrhea'],
      ['coeliac disease', 'celiac disease'],
      ['tumour', 'tumor'],
      ['paediatric', 'pediatric'],
      ['hospitalised', 'hospitalized'],
      ['immunisation', 'immunization'],
      ['analyse', 'analyze'],
      ['centre', 'center'],
      ['naevoid basal cell carcinoma syndrome', 'nevoid basal cell carcinoma syndrome'],
      ['congenital melanocytic naevus', 'congenital melanocytic nevus'],
      ['faecal incontinence', 'fecal incontinence'],
      ['general anaesthesia', 'general anesthesia'],
      ['gynaecological cancer', 'gynecologic cancer'],
      ['aetiology', 'etiology'],
      ['caesarean section', 'cesarean section'],
    ];
    for (const [british, american] of pairs) expect(normaliseName(british as string)).toBe(normaliseName(american as string));
  });

  it('folds the "-ological" adjective into the "-ologic" form vocabularies name', () => {
    expect(normaliseName('pathological fractures')).toBe(normaliseName('pathologic fracture'));
    expect(normaliseName('neurological')).toBe(normaliseName('neurologic'));
    expect(normaliseName('clinical')).not.toBe(normaliseName('clinic'));
  });

  it('reduces simple plurals to the singular without touching -sis, -us or -ss words', () => {
    expect(normaliseName('kidney stones')).toBe(normaliseName('kidney stone'));
    expect(normaliseName('allergies')).toBe(normaliseName('allergy'));
    expect(normaliseName('rashes')).toBe(normaliseName('rash'));
    expect(normaliseName('dental abscesses')).toBe(normaliseName('dental abscess'));
    expect(normaliseName('abdominal masses')).toBe(normaliseName('abdominal mass'));
    expect(normaliseName('bone marrow transplants')).toBe(normaliseName('bone marrow transplant'));
    expect(normaliseName('osteopetrosis')).toBe('osteopetrosis');
    expect(normaliseName('lupus')).toBe('lupus');
    expect(normaliseName('illness')).toBe('illness');
  });

  it('drops the possessive s', () => {
    expect(normaliseName("Crohn's disease")).toBe(normaliseName('Crohn disease'));
    expect(normaliseName('Crohn’s disease')).toBe(normaliseName('Crohn disease'));
  });

  it('keeps offsets of the original words', () => {
    const text = 'Low haemoglobin (Hb) in ACTIMMUNE® users';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toMatch(/^[\p{L}\p{N}]+$/u);
    const actimmune = tokenize(text).find((token) => token.key === 'actimmune');
    expect(text.slice(actimmune?.start, actimmune?.end)).toBe('ACTIMMUNE');
  });
});

describe('plurals that end like singular words', () => {
  it('folds -omas and -ias plurals, keeps pancreas, atlas, bias and alias', async () => {
    const { singularise } = await import('../../src/lexicon/spelling.js');
    expect(['cylindromas', 'lipomas', 'hernias', 'arrhythmias', 'anemias'].map(singularise)).toEqual(['cylindroma', 'lipoma', 'hernia', 'arrhythmia', 'anemia']);
    expect(['pancreas', 'atlas', 'bias', 'alias', 'diagnosis', 'virus'].map(singularise)).toEqual(['pancreas', 'atlas', 'bias', 'alias', 'diagnosis', 'virus']);
  });

  it('folds plurals in a vowel and -ys: kidneys, X-rays, sprays', async () => {
    const { singularise } = await import('../../src/lexicon/spelling.js');
    expect(['kidneys', 'rays', 'sprays', 'assays', 'toys'].map(singularise)).toEqual(['kidney', 'ray', 'spray', 'assay', 'toy']);
  });
});
