import { describe, expect, it } from 'vitest';
import scenario from '../../../forms/widerspruch/scenarios/08-verspaetet.json';
import { loadForm } from '../../../engine/definition/loadForm';
import { plan } from '../../../engine/plan/plan';
import { summarize } from '../../../engine/summary/summarize';

describe('summarize with computed values', () => {
  it('shows an answer whose showWhen reads a computed value (the reasons of a late Widerspruch)', () => {
    const definition = loadForm('forms', 'widerspruch');
    const planned = plan(definition, scenario.answers, { today: scenario.today });
    const frist = summarize(definition, planned, 'de', { today: scenario.today }).find((section) => section.step === 'frist');
    expect(frist?.rows.map((row) => [row.path, row.value])).toEqual([
      ['/frist/verspaetungGruende', scenario.answers.frist.verspaetungGruende],
    ]);
  });
});
