import { describe, expect, it } from 'vitest';
import { computeValues } from '../../../engine/computed/computeValues';
import type { FormDefinition, FormManifest } from '../../../engine/definition/types';
import { plan } from '../../../engine/plan/plan';
import { runScenario } from '../../../engine/scenarios/runScenario';
import { formatScenarioResult } from '../../../engine/scenarios/formatScenarioResult';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const frist = {
  id: 'frist',
  function: 'widerspruchFrist',
  inputs: { delivery: '/bescheid/zustellung', postedOn: '/bescheid/versand', rechtsbehelfsbelehrung: '/bescheid/belehrung', land: '/bescheid/land' },
};
const manifest = { ...umzugForm().manifest, computed: [frist] } as FormManifest;
const bescheid = { zustellung: 'brief', versand: '2025-03-10', belehrung: true, land: 'BE' };

describe('computeValues', () => {
  it('computes the Widerspruch deadline from the mapped answers on the plan date', () => {
    expect(computeValues(manifest, { bescheid }, '2025-03-20')).toEqual({
      frist: {
        deemedNotification: '2025-03-14',
        deadline: '2025-04-14',
        rawDeadline: '2025-04-14',
        period: '1 month',
        basis: ['§ 37 Abs. 2 SGB X', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'],
        late: false,
        daysLeft: 25,
      },
    });
  });

  it('leaves a value out while its answers are incomplete or invalid, instead of throwing', () => {
    expect(computeValues(manifest, { bescheid: { ...bescheid, land: 'XX' } }, '2025-03-20')).toEqual({});
    expect(computeValues(manifest, { bescheid: { zustellung: 'portal', belehrung: true, land: 'BE' } }, '2025-03-20')).toEqual({});
  });

  it('names the known functions for an unknown one', () => {
    const broken = { ...manifest, computed: [{ ...frist, function: 'frist' }] } as FormManifest;
    expect(() => computeValues(broken, {}, '2025-03-20')).toThrow(
      'forms/umzugtest/form.json: unknown computation "frist"; known: leistungsbeginn, anliegen, haushalt, widerspruchFrist, abwesenheit, terminanfrage',
    );
  });
});

describe('computed values in plan and scenarios', () => {
  // the fixture's umzug step holds the Bescheid answers here; only the computation reads them
  const definition = (): FormDefinition => {
    const base = umzugForm();
    return {
      ...base,
      manifest: { ...base.manifest, computed: [{ ...frist, inputs: { delivery: '/person/zustellung', postedOn: '/umzug/datum', rechtsbehelfsbelehrung: '/person/belehrung', land: '/person/land' } }] },
      flow: {
        ...base.flow,
        states: {
          ...base.flow.states,
          // a late objection gets the haushalt step, to prove guards can read computed values
          umzug: { on: { NEXT: [{ target: 'haushalt', guard: { type: 'when', params: { type: 'equals', path: '/$computed/frist/late', value: true } } }, { target: 'erklaerung' }] } },
          haushalt: { on: { NEXT: 'erklaerung' } },
        },
      },
    };
  };
  const answers = (datum: string) => {
    const all = completeAnswers() as Record<string, Record<string, unknown>>;
    return { ...all, person: { ...all['person'], zustellung: 'brief', belehrung: true, land: 'BY' }, umzug: { ...all['umzug'], datum } };
  };

  it('reports the value, and guards read it as /$computed/<id>/…', () => {
    const onTime = plan(definition(), answers('2026-04-01'), { today: '2026-04-10' });
    expect(onTime.computed).toMatchObject({ frist: { deadline: '2026-05-05', late: false } });
    expect(onTime.steps.map((step) => step.id)).not.toContain('haushalt');
    const late = plan(definition(), answers('2026-01-02'), { today: '2026-04-10' });
    expect(late.computed).toMatchObject({ frist: { deadline: '2026-02-06', late: true } });
    expect(late.steps.map((step) => step.id)).toContain('haushalt');
    expect(late.pruned).not.toHaveProperty('$computed');
  });

  it('a scenario pins computed fields and shows a difference readably', () => {
    const planned = plan(definition(), answers('2026-04-01'), { today: '2026-04-10' });
    const scenario = {
      title: 'Frist',
      today: '2026-04-10',
      answers: answers('2026-04-01'),
      expect: {
        steps: planned.steps.map((step) => step.id),
        anlagen: planned.anlagen.map(({ anlage, item }) => (item === undefined ? { anlage } : { anlage, item })),
        evidence: planned.evidence.map(({ document, item }) => (item === undefined ? { document } : { document, item })),
        computed: { frist: { deadline: '2026-05-06', late: false } },
      },
    };
    const result = runScenario(definition(), scenario);
    expect(result.differences).toEqual([
      { what: 'computed', field: 'frist.deadline', expected: '2026-05-06', actual: '2026-05-05' },
    ]);
    expect(formatScenarioResult(result)).toContain('  computed frist.deadline differs\n    expected: "2026-05-06"\n    got:      "2026-05-05"');
  });
});
