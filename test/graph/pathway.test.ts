import { expect, it } from 'vitest';
import { buildPathway, PATHWAY_STEPS } from '../../src/graph/pathway.js';
import { describeEachStore } from './each-store.js';
import { bloodDisorderArticles, n } from './fixtures/blood-disorders.js';

describeEachStore('pathway', bloodDisorderArticles, (store) => {
  it('has all nine steps in order, empty ones present and marked empty', async () => {
    const pathway = await buildPathway(store(), n.betaThalassemia.id);
    expect(pathway.steps.map((step) => step.step)).toEqual([...PATHWAY_STEPS]);
    const byStep = new Map(pathway.steps.map((step) => [step.step, step]));
    expect(byStep.get('PREVENTION')).toMatchObject({ empty: true, entities: [], quotes: [] });
    expect(byStep.get('SYMPTOMS')?.empty).toBe(false);
  });

  it('fills steps from relations and quotes from stored sections', async () => {
    const pathway = await buildPathway(store(), n.sickleCell.id);
    const byStep = new Map(pathway.steps.map((step) => [step.step, step]));
    expect(byStep.get('UNDERSTAND')?.quotes[0]?.text).toMatch(/^Sickle cell anemia is an inherited blood disorder/u);
    expect(byStep.get('WHEN_TO_SEEK_HELP')?.quotes[0]).toMatchObject({ article: 'sickle-cell-anemia', section: 'when_to_see_doctor' });
    expect(byStep.get('PREVENTION')?.quotes[0]?.text).toMatch(/Vaccines/u);
    expect(byStep.get('SYMPTOMS')?.entities.map((entity) => entity.node.id).sort()).toEqual([n.anemia.id, n.jaundice.id, n.fatigue.id].sort());
    expect(byStep.get('CAUSES')?.entities.map((entity) => entity.node.id)).toEqual([n.hbb.id]);
    expect(byStep.get('MEDICINES')?.entities.map((entity) => [entity.node.id, entity.role])).toEqual([[n.hydroxyurea.id, 'INDICATED']]);
    expect(byStep.get('UNDERSTAND')?.entities[0]).toMatchObject({ role: 'TOPIC', articles: ['sickle-cell-anemia'] });
  });

  it('leaves unverified entities out unless asked for', async () => {
    const plain = await buildPathway(store(), n.sickleCell.id);
    const tests = plain.steps.find((step) => step.step === 'TESTS');
    expect(tests).toMatchObject({ empty: true, entities: [] });
    const all = await buildPathway(store(), n.sickleCell.id, { includeUnverified: true });
    const byStep = new Map(all.steps.map((step) => [step.step, step]));
    expect(byStep.get('TESTS')?.entities.map((entity) => entity.node.id)).toEqual([n.electrophoresis.id]);
    expect(byStep.get('MONITORING')?.entities.map((entity) => entity.node.id)).toEqual([n.doppler.id]);
  });

  it('shows a contraindicated medicine as such, after the indicated ones', async () => {
    const pathway = await buildPathway(store(), 'beta-thalassemia');
    const medicines = pathway.steps.find((step) => step.step === 'MEDICINES');
    expect(medicines?.entities.map((entity) => [entity.node.id, entity.role])).toEqual([
      [n.deferasirox.id, 'INDICATED'],
      [n.ferrousSulfate.id, 'CONTRAINDICATED'],
    ]);
  });

  it('answers NOT_FOUND for a node that is not a disease and for an unknown article', async () => {
    await expect(buildPathway(store(), n.hbb.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(buildPathway(store(), 'no-such-article')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
