import { describe, expect, it } from 'vitest';
import { answerSteps } from '../../../engine/modules/answerSteps';
import { sessionPlan } from '../../../engine/session/sessionPlan';
import { antragMitAnlagen, familienAntworten } from '../../fixtures/core/antragMitAnlagen';
import { startSession } from '../../fixtures/session/startSession';

/** A session on the Anlagen step with the family's own answers given and no Anlage answered yet. */
async function onAnlagenStep() {
  const session = await startSession({ definition: antragMitAnlagen() });
  const answers = familienAntworten();
  for (const step of ['person', 'haushalt']) {
    session.send({ type: 'ANSWER', step, value: answers[step] });
    session.send({ type: 'NEXT' });
  }
  expect(session.getSnapshot().context.current).toBe('anlagen');
  return session;
}

describe('a session through Anlage instances', () => {
  it('moves from the Anlagen step into the first instance step without asking anything', async () => {
    const session = await onAnlagenStep();
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('KDU:bg:miete');
    expect(session.getSnapshot().context.issues).toEqual([]);
  });

  it('stores an instance step\'s answers under /anlagen/<CODE>/<key> and validates them in the Anlage\'s scope', async () => {
    const session = await onAnlagenStep();
    session.send({ type: 'NEXT' });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.issues).toEqual([{ code: 'required', path: '/miete/kaltmiete', params: {} }]);

    session.send({ type: 'ANSWER', step: 'KDU:bg:miete', value: { kaltmiete: 620 } });
    expect(session.getSnapshot().context.answers['anlagen']).toEqual({ KDU: { bg: { miete: { kaltmiete: 620 } } } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('EK:p0:arbeit');

    session.send({ type: 'ANSWER', step: 'EK:p0:arbeit', value: { hatArbeit: true } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('EK:p0:lohn');
    expect(session.getSnapshot().context.answers['anlagen']).toEqual({
      KDU: { bg: { miete: { kaltmiete: 620 } } },
      EK: { p0: { arbeit: { hatArbeit: true } } },
    });
    session.send({ type: 'BACK' });
    expect(session.getSnapshot().context.current).toBe('EK:p0:arbeit');
  });

  it('ignores answers for an Anlage the form does not include or a step the Anlage does not have', async () => {
    const session = await onAnlagenStep();
    const before = session.getSnapshot().context.answers;
    session.send({ type: 'ANSWER', step: 'VM:bg:konten', value: { bar: 1 } });
    session.send({ type: 'ANSWER', step: 'EK:p0:gibtsnicht', value: { x: 1 } });
    expect(session.getSnapshot().context.answers).toBe(before);
  });

  it('lists the instances\' Nachweise in the session plan for upload and marking', async () => {
    const session = await onAnlagenStep();
    session.send({ type: 'MARK_LATER', evidenceId: 'EK:p7:konto:kontoauszuege' });
    const evidence = sessionPlan(session.getSnapshot()).evidence;
    expect(evidence.find((nachweis) => nachweis.id === 'EK:p7:konto:kontoauszuege')?.status).toBe('later');
  });
});

describe('starting a session with whole answers', () => {
  it('answers every own step and every Anlage instance step', async () => {
    const session = await startSession({ definition: antragMitAnlagen() });
    for (const [step, value] of answerSteps(familienAntworten())) session.send({ type: 'ANSWER', step, value });
    expect(session.getSnapshot().context.answers).toEqual(familienAntworten());
  });
});
