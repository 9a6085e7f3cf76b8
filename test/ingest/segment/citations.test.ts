// Citation labels are an open set, recognised by shape after a sentence's end.
import { describe, expect, it } from 'vitest';
import { splitTrailingCitations } from '../../../src/ingest/segment/citations.js';

describe('splitTrailingCitations', () => {
  it('takes labels joined by a slash ("ACC/AHA Guideline+2")', () => {
    expect(splitTrailingCitations('Statins lower LDL cholesterol. ACC/AHA Guideline+2')).toEqual({ text: 'Statins lower LDL cholesterol.', sources: ['ACC/AHA Guideline'] });
  });

  it('leaves a sentence whose end only looks like a label alone', () => {
    expect(splitTrailingCitations('Take it with food/water.')).toEqual({ text: 'Take it with food/water.', sources: [] });
    expect(splitTrailingCitations('Most people aim for an INR of 2 to 3.')).toEqual({ text: 'Most people aim for an INR of 2 to 3.', sources: [] });
  });
});
