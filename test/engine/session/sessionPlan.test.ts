import { describe, expect, it } from 'vitest';
import { sessionPlan } from '../../../engine/session/sessionPlan';
import { startSession } from '../../fixtures/session/startSession';

describe('sessionPlan', () => {
  it('derives path, back, next and progress from the snapshot', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'NEXT' });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    const formPlan = sessionPlan(session.getSnapshot());
    expect(formPlan.steps.map((step) => [step.id, step.complete])).toEqual([
      ['person', true],
      ['auswahl', true],
      ['umzug', false],
      ['nachweise', false],
      ['zusammenfassung', false],
    ]);
    expect(formPlan.back).toBe('person');
    expect(formPlan.next).toBe('umzug');
    expect(formPlan.progress).toEqual({ done: 2, total: 4 });
  });

  it('returns the same plan for snapshots with the same answers, step and Nachweis status', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    const first = sessionPlan(session.getSnapshot());
    session.send({ type: 'SET_LOCALE', locale: 'en' });
    expect(sessionPlan(session.getSnapshot())).toBe(first);

    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Max' } });
    const second = sessionPlan(session.getSnapshot());
    expect(second).not.toBe(first);
    expect(second.pruned).toEqual({ person: { name: 'Max' } });
  });

  it('reflects a "later" mark in the Nachweis status', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => [item.id, item.status])).toEqual([
      ['umzug:mietvertrag', 'missing'],
    ]);
    session.send({ type: 'MARK_LATER', evidenceId: 'umzug:mietvertrag' });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => [item.id, item.status])).toEqual([
      ['umzug:mietvertrag', 'later'],
    ]);
    session.send({ type: 'UNMARK_LATER', evidenceId: 'umzug:mietvertrag' });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => [item.id, item.status])).toEqual([
      ['umzug:mietvertrag', 'missing'],
    ]);
  });

  it('ignores a "later" mark for a Nachweis the answers do not require', async () => {
    const session = await startSession();
    session.send({ type: 'MARK_LATER', evidenceId: 'umzug:mietvertrag' });
    expect(session.getSnapshot().context.evidenceMarks).toEqual({});
  });
});
