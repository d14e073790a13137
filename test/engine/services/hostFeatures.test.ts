import { describe, expect, it } from 'vitest';
import { anliegen } from '../../../engine/computed/anliegen';
import type { FlowState, FormDefinition } from '../../../engine/definition/types';
import { issueMessage } from '../../../engine/i18n/issueMessage';
import { plan } from '../../../engine/plan/plan';
import { sessionPlan } from '../../../engine/session/sessionPlan';
import { buildSubmission } from '../../../engine/submission/buildSubmission';
import { antragMitAnlagen, familienAntworten } from '../../fixtures/core/antragMitAnlagen';
import { startSession } from '../../fixtures/session/startSession';

const today = '2026-03-10';

/** The fixture with host-context features: Nachweise named by the context, an optional attachment, a routing channel, a block. */
function withHostFeatures(): FormDefinition {
  const definition = antragMitAnlagen();
  definition.manifest.routing = { anliegensart: 'Antrag', kanal: '/$context/kanal' };
  definition.evidence = [
    ...definition.evidence,
    { id: 'offen', forEach: '/$context/offen', documentFrom: './document', when: { type: 'always' }, reason: 'evidence.offen' },
    { id: 'anhang', when: { type: 'always' }, documents: ['anhang'], optional: true, reason: 'evidence.anhang' },
  ];
  definition.flow.states['person'] = {
    ...definition.flow.states['person'],
    meta: { blockWhen: { type: 'equals', path: '/person/vorname', value: 'Niemand' }, blockMessage: 'person.gesperrt', blockParams: { wer: '/$context/jobcenter' } },
  } as FlowState;
  definition.messages['de'] = { ...definition.messages['de'], 'person.gesperrt': 'Das geht hier nicht. Bitte wenden Sie sich an {{wer}}.' };
  return definition;
}

const context = { kanal: 'postfach', jobcenter: 'das Jobcenter Leipzig', offen: [{ document: 'mietvertrag' }, { document: 'lohnabrechnung' }] };

describe('what the host provides, read as /$context', () => {
  it('names Nachweise from the context (documentFrom) and keeps optional ones from blocking the checklist', () => {
    const p = plan(withHostFeatures(), familienAntworten(), { today, context });
    const own = p.evidence.filter((nachweis) => nachweis.anlage === undefined);
    expect(own.map(({ id, optional }) => ({ id, optional }))).toEqual([
      { id: 'ausweis:personalausweis', optional: undefined },
      { id: 'offen:mietvertrag:0', optional: undefined },
      { id: 'offen:lohnabrechnung:1', optional: undefined },
      { id: 'anhang:anhang', optional: true },
    ]);
    const everythingButTheAttachment = Object.fromEntries(p.evidence.filter((n) => n.optional !== true).map((n) => [n.id, 'later' as const]));
    const done = plan(withHostFeatures(), familienAntworten(), { today, context, evidenceStatus: everythingButTheAttachment });
    expect(done.steps.find((step) => step.id === 'nachweise')?.complete).toBe(true);
  });

  it('copies the routing channel the form points at into the submission', async () => {
    const pkg = await buildSubmission({
      definition: withHostFeatures(),
      answers: familienAntworten(),
      today,
      context,
      locale: 'de',
      attachments: [],
      evidenceMarks: {},
      identityReached: 'basis',
      now: new Date('2026-03-10T10:00:00Z'),
      submissionId: 'x',
      renderPdf: async () => new Uint8Array([37]),
    });
    expect(pkg.metadata.routing).toEqual({ anliegensart: 'Antrag', kanal: 'postfach' });
  });

  it('keeps a blocked step with its message, filled from the context, until the answer changes', async () => {
    const definition = withHostFeatures();
    const session = await startSession({ definition, context });
    session.send({ type: 'ANSWER', step: 'person', value: { vorname: 'Niemand' } });
    session.send({ type: 'NEXT' });
    const { current, issues } = session.getSnapshot().context;
    expect(current).toBe('person');
    expect(issues).toEqual([{ code: 'blocked', path: '/person/vorname', params: { messageKey: 'person.gesperrt', wer: 'das Jobcenter Leipzig' } }]);
    expect(issueMessage(definition, 'de', issues[0]!)).toBe('Das geht hier nicht. Bitte wenden Sie sich an das Jobcenter Leipzig.');
    session.send({ type: 'ANSWER', step: 'person', value: { vorname: 'Anna' } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('haushalt');
    // the session plans with the host's context
    expect(sessionPlan(session.getSnapshot()).evidence.map(({ id }) => id)).toContain('offen:lohnabrechnung:1');
  });
});

describe('anliegen: a message\'s Anliegen as the jobcenter configures it', () => {
  const konfiguration = {
    zahlung: { angeboten: false, verweisText: 'Bitte rufen Sie das Service Center an.', kanal: 'service-center' },
    bescheid: { angeboten: true, infoText: 'Nennen Sie das Datum des Bescheids.', kanal: 'postfach' },
    sonstiges: { angeboten: false, kanal: 'weltraum' },
    termin: { angeboten: true, verweisText: 'Von früher, als Termine nur telefonisch gingen.' },
  };

  it('gives what is configured for the chosen Anliegen', () => {
    expect(anliegen.run({ anliegen: 'zahlung', konfiguration }, today, {})).toEqual({ angeboten: false, verweisText: 'Bitte rufen Sie das Service Center an.', kanal: 'service-center' });
    expect(anliegen.run({ anliegen: 'bescheid', konfiguration }, today, {})).toEqual({ angeboten: true, infoText: 'Nennen Sie das Datum des Bescheids.', kanal: 'postfach' });
  });

  it('always offers "sonstiges", and falls back to offered and the E-Akte', () => {
    expect(anliegen.run({ anliegen: 'sonstiges', konfiguration }, today, {})).toEqual({ angeboten: true, kanal: 'e-akte' });
    // a referral text kept from before the Anliegen was switched on again is not passed on
    expect(anliegen.run({ anliegen: 'termin', konfiguration }, today, {})).toEqual({ angeboten: true, kanal: 'e-akte' });
    expect(anliegen.run({ anliegen: 'arbeit', konfiguration }, today, {})).toEqual({ angeboten: true, kanal: 'e-akte' });
    expect(anliegen.run({ anliegen: 'termin' }, today, {})).toEqual({ angeboten: true, kanal: 'e-akte' });
    expect(anliegen.run({}, today, {})).toBeUndefined();
  });
});
