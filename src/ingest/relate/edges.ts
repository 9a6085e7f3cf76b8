import {
  CUE_EVIDENCE_WEIGHT,
  EXTRA_SECTION_BONUS,
  MAX_EXTRACTED_WEIGHT,
  SECTION_EVIDENCE_WEIGHT,
} from '../../domain/confidence.js';
import type { Evidence, GraphEdge } from '../../domain/graph.js';
import type { NodeKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import { fitsSignature } from '../../domain/predicates.js';
import type { SectionKind } from '../../domain/sections.js';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from './version.js';

/** Where a relation was read: the sentence with its offsets into the cleaned text and sources. */
export interface SentenceRef {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sources: readonly string[];
  readonly section: SectionKind;
}

export interface ProposedRelation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly sentence: SentenceRef;
  /** The phrase that typed the relation, when a cue rather than the section did. */
  readonly cue?: string;
  /** A fixed weight (MENTIONS/ABOUT are facts about the article, not extracted claims). */
  readonly weight?: number;
}

/**
 * Collects an article's relations: one edge per (subject, predicate, object), one evidence per
 * sentence, each checked against PREDICATE_SIGNATURE so a wrong rule cannot make a gene treat a
 * symptom. Weights follow domain/confidence.ts: 0.5 typed by section, 0.8 by a cue, +0.05 per
 * further section of the article stating the same edge, at most 0.9.
 */
export class EdgeCollector {
  readonly #edges = new Map<string, { key: ProposedRelation; evidence: Map<number, ProposedRelation> }>();
  readonly #rejected: ProposedRelation[] = [];

  constructor(
    private readonly article: string,
    private readonly kindOf: (id: string) => NodeKind | undefined,
  ) {}

  add(relation: ProposedRelation): boolean {
    const subjectKind = this.kindOf(relation.subject);
    const objectKind = this.kindOf(relation.object);
    if (relation.subject === relation.object || !subjectKind || !objectKind || !fitsSignature(relation.predicate, subjectKind, objectKind)) {
      this.#rejected.push(relation);
      return false;
    }
    const id = `${relation.subject}|${relation.predicate}|${relation.object}`;
    const edge = this.#edges.get(id) ?? { key: relation, evidence: new Map<number, ProposedRelation>() };
    const known = edge.evidence.get(relation.sentence.start);
    if (!known || (relation.cue && !known.cue)) edge.evidence.set(relation.sentence.start, relation);
    this.#edges.set(id, edge);
    return true;
  }

  has(subject: string, predicate: Predicate, object: string): boolean {
    return this.#edges.has(`${subject}|${predicate}|${object}`);
  }

  /** Relations that failed the signature check, for tests and reports. */
  rejected(): readonly ProposedRelation[] {
    return this.#rejected;
  }

  edges(): GraphEdge[] {
    const result: GraphEdge[] = [];
    for (const { key, evidence } of this.#edges.values()) {
      const items = [...evidence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
      const sections = new Set(items.map((item) => item.sentence.section)).size;
      const bonus = EXTRA_SECTION_BONUS * (sections - 1);
      result.push({
        subject: key.subject,
        predicate: key.predicate,
        object: key.object,
        evidence: items.map((item) => this.#evidence(item, bonus)),
      });
    }
    return result.sort((a, b) => `${a.subject}|${a.predicate}|${a.object}`.localeCompare(`${b.subject}|${b.predicate}|${b.object}`));
  }

  #evidence(relation: ProposedRelation, bonus: number): Evidence {
    if (relation.weight !== undefined) bonus = 0;
    const base = relation.weight ?? (relation.cue ? CUE_EVIDENCE_WEIGHT : SECTION_EVIDENCE_WEIGHT);
    return {
      article: this.article,
      section: relation.sentence.section,
      sentence: relation.sentence.text,
      start: relation.sentence.start,
      end: relation.sentence.end,
      sources: [...relation.sentence.sources],
      extractor: EXTRACTOR_NAME,
      extractorVersion: EXTRACTOR_VERSION,
      weight: Math.round(Math.min(base + bonus, MAX_EXTRACTED_WEIGHT) * 1000) / 1000,
      ...(relation.cue ? { cue: relation.cue } : {}),
    };
  }
}
