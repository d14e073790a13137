import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../engine/conditions/types';
import type { FormDefinition } from '../../../engine/definition/types';
import { plan } from '../../../engine/plan/plan';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const today = '2026-03-10';
const ids = (p: { steps: { id: string }[] }) => p.steps.map((step) => step.id);

describe('plan: the path', () => {
  it('walks every step that applies, ending with the summary', () => {
    const p = plan(umzugForm(), completeAnswers(), { today });
    expect(p.steps).toEqual([
      { id: 'person', title: 'steps.person.title', complete: true },
      { id: 'auswahl', title: 'steps.auswahl.title', complete: true },
      { id: 'umzug', title: 'steps.umzug.title', complete: true },
      { id: 'haushalt', title: 'steps.haushalt.title', complete: true },
      { id: 'erklaerung', title: 'steps.erklaerung.title', complete: true },
      { id: 'nachweise', title: 'steps.nachweise.title', complete: false },
      { id: 'zusammenfassung', title: 'steps.zusammenfassung.title', complete: false },
    ]);
  });

  it('skips a step whose always transition applies', () => {
    const answers = { ...completeAnswers(), auswahl: { aenderungen: ['umzug'] } };
    expect(ids(plan(umzugForm(), answers, { today }))).toEqual([
      'person',
      'auswahl',
      'umzug',
      'erklaerung',
      'nachweise',
      'zusammenfassung',
    ]);
  });

  it('walks the whole path for empty answers, marking unanswered steps incomplete', () => {
    const p = plan(umzugForm(), {}, { today });
    expect(p.steps.map((s) => [s.id, s.complete])).toEqual([
      ['person', false],
      ['auswahl', false],
      ['erklaerung', false],
      // nothing to upload: the checklist is done
      ['nachweise', true],
      ['zusammenfassung', false],
    ]);
    expect(p.progress).toEqual({ done: 1, total: 4 });
  });
});

describe('plan: pruning an abandoned branch', () => {
  // the citizen first chose "umzug", answered it, then unticked it
  const answers: Record<string, unknown> = { ...completeAnswers(), auswahl: { aenderungen: ['haushalt'] } };
  const p = plan(umzugForm(), answers, { today });

  it('leaves the branch off the path and out of the pruned answers', () => {
    expect(ids(p)).toEqual(['person', 'auswahl', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung']);
    expect(Object.keys(p.pruned)).toEqual(['person', 'auswahl', 'haushalt', 'erklaerung']);
    expect(p.pruned['haushalt']).toBe(answers['haushalt']);
  });

  it('brings no Anlage, Nachweis or identity reason from the abandoned answers', () => {
    expect(p.anlagen.map((a) => a.anlage)).toEqual(['KI', 'WEP']);
    expect(p.evidence.map((e) => e.id)).toEqual(['kind:geburtsurkunde:1', 'kind:geburtsurkunde:2']);
    expect(p.identity).toEqual({ level: 'basis', reasons: [] });
  });
});

describe('plan: Anlagen, Nachweise and identity', () => {
  it('brings Anlagen once and per person, with the age taken at today', () => {
    // Cleo turns 14 tomorrow (KI: under 15); Dan turned 15 today (no KI)
    expect(plan(umzugForm(), completeAnswers(), { today }).anlagen).toEqual([
      { anlage: 'KDU', rule: 'umzug-kdu', key: 'bg', reason: 'anlagen.umzug-kdu' },
      { anlage: 'KI', rule: 'kind-ki', item: 1, key: '1', person: 'Cleo', reason: 'anlagen.kind-ki' },
      { anlage: 'WEP', rule: 'partner-wep', item: 0, key: '0', person: 'Ben', reason: 'anlagen.partner-wep' },
    ]);
    expect(plan(umzugForm(), completeAnswers(), { today: '2026-03-09' }).anlagen.filter((a) => a.anlage === 'KI')).toEqual([
      { anlage: 'KI', rule: 'kind-ki', item: 1, key: '1', person: 'Cleo', reason: 'anlagen.kind-ki' },
      { anlage: 'KI', rule: 'kind-ki', item: 2, key: '2', person: 'Dan', reason: 'anlagen.kind-ki' },
    ]);
  });

  it('lists one Nachweis per document with stable ids and the given status', () => {
    const p = plan(umzugForm(), completeAnswers(), {
      today,
      evidenceStatus: { 'umzug:mietvertrag': 'uploaded', 'kind:geburtsurkunde:2': 'later', 'alt:weg': 'uploaded' },
    });
    expect(p.evidence).toEqual([
      { id: 'umzug:mietvertrag', document: 'mietvertrag', rule: 'umzug', reason: 'evidence.umzug', status: 'uploaded' },
      { id: 'umzug:meldebescheinigung', document: 'meldebescheinigung', rule: 'umzug', reason: 'evidence.umzug', status: 'missing' },
      { id: 'kind:geburtsurkunde:1', document: 'geburtsurkunde', rule: 'kind', item: 1, reason: 'evidence.kind', person: 'Cleo', status: 'missing' },
      { id: 'kind:geburtsurkunde:2', document: 'geburtsurkunde', rule: 'kind', item: 2, reason: 'evidence.kind', person: 'Dan', status: 'later' },
    ]);
    expect(p.steps.find((s) => s.id === 'nachweise')?.complete).toBe(false);
  });

  it('counts the Nachweis step complete once every Nachweis is uploaded or marked for later', () => {
    const p = plan(umzugForm(), completeAnswers(), {
      today,
      evidenceStatus: {
        'umzug:mietvertrag': 'uploaded',
        'umzug:meldebescheinigung': 'later',
        'kind:geburtsurkunde:1': 'uploaded',
        'kind:geburtsurkunde:2': 'later',
      },
    });
    expect(p.steps.find((s) => s.id === 'nachweise')?.complete).toBe(true);
    expect(p.progress).toEqual({ done: 6, total: 6 });
  });

  it('raises the identity level by the rules that hold, never below the form level', () => {
    expect(plan(umzugForm(), completeAnswers(), { today }).identity).toEqual({
      level: 'substanziell',
      reasons: ['identity.umzug'],
    });
    const form = umzugForm();
    form.manifest.identityLevel = 'hoch';
    expect(plan(form, completeAnswers(), { today }).identity).toEqual({ level: 'hoch', reasons: ['identity.umzug'] });
  });
});

describe('plan: progress, back and next', () => {
  it('counts the steps before the summary', () => {
    expect(plan(umzugForm(), completeAnswers(), { today }).progress).toEqual({ done: 5, total: 6 });
  });

  it('gives back and next around the current step on the current path', () => {
    const p = plan(umzugForm(), completeAnswers(), { today, current: 'haushalt' });
    expect([p.back, p.next]).toEqual(['umzug', 'erklaerung']);
  });

  it('has no back on the first step and no next on the summary', () => {
    const first = plan(umzugForm(), completeAnswers(), { today, current: 'person' });
    expect('back' in first).toBe(false);
    expect(first.next).toBe('auswahl');
    const last = plan(umzugForm(), completeAnswers(), { today, current: 'zusammenfassung' });
    expect(last.back).toBe('nachweise');
    expect('next' in last).toBe(false);
  });

  it('has neither when the current step has left the path', () => {
    const answers = { ...completeAnswers(), auswahl: { aenderungen: ['haushalt'] } };
    const p = plan(umzugForm(), answers, { today, current: 'umzug' });
    expect('back' in p || 'next' in p).toBe(false);
  });
});

describe('plan: form author mistakes', () => {
  const withStates = (change: (states: FormDefinition['flow']['states']) => void): FormDefinition => {
    const form = umzugForm();
    change(form.flow.states);
    return form;
  };

  it('names the loop when a NEXT leads back to an earlier step', () => {
    const form = withStates((states) => {
      states['erklaerung'] = { on: { NEXT: 'auswahl' } };
    });
    expect(() => plan(form, completeAnswers(), { today })).toThrow(
      'forms/umzugtest/flow.json: the path loops: auswahl → umzug → haushalt → erklaerung → auswahl; every NEXT must lead to a later step',
    );
  });

  it('names the loop when always transitions lead in a circle', () => {
    const form = withStates((states) => {
      states['umzug'] = { always: 'haushalt', on: { NEXT: 'haushalt' } };
      states['haushalt'] = { always: 'umzug', on: { NEXT: 'erklaerung' } };
    });
    expect(() => plan(form, completeAnswers(), { today })).toThrow(
      'forms/umzugtest/flow.json: the always transitions loop: umzug → haushalt → umzug; an always transition must lead to a later step',
    );
  });

  it('names the step where no NEXT transition applies', () => {
    const form = withStates((states) => {
      states['person'] = {
        on: { NEXT: [{ target: 'auswahl', guard: { type: 'when', params: { type: 'answered', path: '/person/fehlt' } } }] },
      };
    });
    expect(() => plan(form, completeAnswers(), { today })).toThrow(
      'forms/umzugtest/flow.json#/states/person/on/NEXT: no transition applies for these answers; add a last target without a guard',
    );
  });

  it('throws on an unknown condition type in a guard, in the initial state too', () => {
    const unknown = { type: 'bigger', path: '/a' } as unknown as Condition;
    const later = withStates((states) => {
      states['umzug'] = { always: { target: 'haushalt', guard: { type: 'when', params: unknown } }, on: { NEXT: 'haushalt' } };
    });
    expect(() => plan(later, completeAnswers(), { today })).toThrow('unknown condition type "bigger"; known: always, equals,');
    const initial = withStates((states) => {
      states['person'] = { always: { target: 'auswahl', guard: { type: 'when', params: unknown } }, on: { NEXT: 'auswahl' } };
    });
    expect(() => plan(initial, completeAnswers(), { today })).toThrow('unknown condition type "bigger"');
  });

  it('throws on an Anlage rule with an unknown condition even when its branch is pruned', () => {
    const form = umzugForm();
    form.manifest.anlagen = [{ id: 'x', anlage: 'X', when: { type: 'exists' } as unknown as Condition, reason: 'anlagen.x' }];
    expect(() => plan(form, {}, { today })).toThrow('unknown condition type "exists"');
  });
});
