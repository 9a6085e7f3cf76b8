import type { SectionKind } from '../../domain/sections.js';

/** Sections whose sentences give no relation of the topic: advice, navigation, Q&A. */
export const SILENT_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'title',
  'summary',
  'other_names',
  'prevention',
  'when_to_see_doctor',
  'diet',
  'faq',
  'dosage',
]);
