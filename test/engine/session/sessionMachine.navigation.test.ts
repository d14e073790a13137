import { describe, expect, it } from 'vitest';
import { sessionPlan } from '../../../engine/session/sessionPlan';
import { startSession } from '../../fixtures/session/startSession';

describe('session navigation', () => {
  it('starts on the first step of the path with nothing answered', async () => {
    const session = await startSession();
    const snapshot = session.getSnapshot();
    expect(snapshot.value).toBe('filling');
    expect(snapshot.context.current).toBe('person');
    expect(snapshot.context.answers).toEqual({});
    expect(sessionPlan(snapshot).steps.map((step) => step.id)).toEqual(['person', 'auswahl', 'nachweise', 'zusammenfassung']);
  });

  it('NEXT on an unanswered step stays there with the exact issues', async () => {
    const session = await startSession();
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('person');
    expect(session.getSnapshot().context.issues).toEqual([
      { code: 'required', path: '/person/name', params: { missingProperty: 'name' } },
    ]);
  });

  it('keeps the issues while the citizen types and moves on at the next NEXT once fixed', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: '' } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.issues).toEqual([{ code: 'minLength', path: '/person/name', params: { limit: 1 } }]);

    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    // no validation per keystroke: the issue stays visible until the next NEXT
    expect(session.getSnapshot().context.issues).toEqual([{ code: 'minLength', path: '/person/name', params: { limit: 1 } }]);

    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('auswahl');
    expect(session.getSnapshot().context.issues).toEqual([]);
  });

  it('NEXT follows the branch the answers choose', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'NEXT' });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('bank');
  });

  it('BACK goes to the previous step of the current path, not of the history, after a branch change', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'NEXT' });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug', 'bank'] } });
    session.send({ type: 'NEXT' });
    session.send({ type: 'ANSWER', step: 'umzug', value: { plz: '10115' } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('bank');

    session.send({ type: 'GO_TO', step: 'auswahl' });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('bank');

    session.send({ type: 'BACK' });
    expect(session.getSnapshot().context.current).toBe('auswahl');
  });

  it('BACK on the first step stays there', async () => {
    const session = await startSession();
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().context.current).toBe('person');
  });

  it('BACK clears the issues of the step left', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'NEXT' });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.issues).toHaveLength(1);
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().context.current).toBe('person');
    expect(session.getSnapshot().context.issues).toEqual([]);
  });

  it('GO_TO moves only to steps on the current path', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });

    session.send({ type: 'GO_TO', step: 'umzug' });
    expect(session.getSnapshot().context.current).toBe('person');
    session.send({ type: 'GO_TO', step: 'nirgendwo' });
    expect(session.getSnapshot().context.current).toBe('person');

    session.send({ type: 'GO_TO', step: 'bank' });
    expect(session.getSnapshot().context.current).toBe('bank');
  });

  it('after GO_TO from the summary, NEXT walks the path onwards from the step changed', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
    session.send({ type: 'ANSWER', step: 'bank', value: { iban: 'DE02120300000000202051' } });
    session.send({ type: 'GO_TO', step: 'zusammenfassung' });
    session.send({ type: 'GO_TO', step: 'person' });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika Mustermann' } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('auswahl');
  });

  it('ANSWER for a step that owns no answers, or no step at all, changes nothing', async () => {
    const session = await startSession();
    const before = session.getSnapshot().context.answers;
    session.send({ type: 'ANSWER', step: 'nachweise', value: { x: 1 } });
    session.send({ type: 'ANSWER', step: 'nirgendwo', value: { x: 1 } });
    expect(session.getSnapshot().context.answers).toBe(before);
  });

  it('ANSWER replaces the answers of its step only', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Max' } });
    expect(session.getSnapshot().context.answers).toEqual({ person: { name: 'Max' }, auswahl: { aenderungen: ['bank'] } });
  });

  it('NEXT on the Nachweis checklist waits until every Nachweis is uploaded or marked for later', async () => {
    const session = await startSession();
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    session.send({ type: 'ANSWER', step: 'umzug', value: { plz: '10115' } });
    session.send({ type: 'GO_TO', step: 'nachweise' });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('nachweise');
    expect(session.getSnapshot().context.issues).toEqual([
      {
        code: 'evidence',
        path: '/nachweise/umzug:mietvertrag',
        params: { evidenceId: 'umzug:mietvertrag', document: 'mietvertrag' },
      },
    ]);

    session.send({ type: 'MARK_LATER', evidenceId: 'umzug:mietvertrag' });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('zusammenfassung');
  });

  it('SET_LOCALE switches to a locale of the form and ignores others', async () => {
    const session = await startSession();
    session.send({ type: 'SET_LOCALE', locale: 'en' });
    expect(session.getSnapshot().context.locale).toBe('en');
    session.send({ type: 'SET_LOCALE', locale: 'fr' });
    expect(session.getSnapshot().context.locale).toBe('en');
  });
});
