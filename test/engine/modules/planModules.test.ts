import { describe, expect, it } from 'vitest';
import { plan } from '../../../engine/plan/plan';
import { summarize } from '../../../engine/summary/summarize';
import { antragMitAnlagen, familienAntworten } from '../../fixtures/core/antragMitAnlagen';

const today = '2026-03-10';
const ids = (p: { steps: { id: string }[] }) => p.steps.map((step) => step.id);

describe('plan with Anlage modules', () => {
  it('puts each instance\'s own path right after the Anlagen step, once per household and per person', () => {
    const p = plan(antragMitAnlagen(), familienAntworten(), { today });
    // Cleo (9) gets no EK; Ben (16) has no work, so his lohn step is skipped
    expect(ids(p)).toEqual([
      'person',
      'haushalt',
      'anlagen',
      'KDU:bg:miete',
      'EK:p0:arbeit',
      'EK:p0:lohn',
      'EK:p7:arbeit',
      'erklaerung',
      'nachweise',
      'zusammenfassung',
    ]);
    expect(p.steps[4]).toEqual({
      id: 'EK:p0:arbeit',
      title: 'EK:steps.arbeit.title',
      complete: true,
      instance: { anlage: 'EK', key: 'p0', person: 'Anna Wolf' },
    });
    expect(p.anlagen).toEqual([
      { anlage: 'KDU', rule: 'kdu', key: 'bg', reason: 'anlagen.kdu' },
      { anlage: 'EK', rule: 'ek', item: 0, key: 'p0', person: 'Anna Wolf', alter: 36, reason: 'anlagen.ek' },
      { anlage: 'EK', rule: 'ek', item: 1, key: 'p7', person: 'Ben Wolf', alter: 16, reason: 'anlagen.ek' },
    ]);
  });

  it('gives each instance its person, the household and the application date as context', () => {
    const p = plan(antragMitAnlagen(), familienAntworten(), { today });
    const ben = p.instances.find((instance) => instance.key === 'p7');
    expect(ben?.rules).toEqual(['ek']);
    expect(ben?.context['person']).toEqual({
      id: 'p7', vorname: 'Ben', nachname: 'Wolf', geburtsdatum: '2009-06-01', alter: 16, rolle: 'kind', bg: true, hg: false,
    });
    expect(ben?.context['antragsdatum']).toBe(today);
    expect(ben?.context['haushalt']).toMatchObject({ bgAnzahl: 3, hgAnzahl: 0, vermoegensgrenze: 70000 });
    expect(p.instances.find((instance) => instance.anlage === 'KDU')?.context['person']).toBeUndefined();
  });

  it('lists the instances\' Nachweise after the form\'s own, with ids and reasons of the instance', () => {
    const p = plan(antragMitAnlagen(), familienAntworten(), { today, evidenceStatus: { 'EK:p0:lohn:lohnabrechnung': 'uploaded' } });
    expect(p.evidence.map(({ id, document, anlage, key, reason, status }) => ({ id, document, anlage, key, reason, status }))).toEqual([
      { id: 'ausweis:personalausweis', document: 'personalausweis', anlage: undefined, key: undefined, reason: 'evidence.ausweis', status: 'missing' },
      { id: 'KDU:bg:vertrag:mietvertrag', document: 'mietvertrag', anlage: 'KDU', key: 'bg', reason: 'KDU:evidence.vertrag', status: 'missing' },
      { id: 'EK:p0:lohn:lohnabrechnung', document: 'lohnabrechnung', anlage: 'EK', key: 'p0', reason: 'EK:evidence.lohn', status: 'uploaded' },
      { id: 'EK:p0:konto:kontoauszuege', document: 'kontoauszuege', anlage: 'EK', key: 'p0', reason: 'EK:evidence.konto', status: 'missing' },
      { id: 'EK:p7:konto:kontoauszuege', document: 'kontoauszuege', anlage: 'EK', key: 'p7', reason: 'EK:evidence.konto', status: 'missing' },
    ]);
  });

  it('keeps only the answers of planned instances on their own paths', () => {
    const answers = familienAntworten();
    const p = plan(antragMitAnlagen(), answers, { today });
    expect(p.pruned['anlagen']).toEqual({
      KDU: { bg: { miete: { kaltmiete: 620 } } },
      // Ben's skipped lohn step is dropped
      EK: { p0: { arbeit: { hatArbeit: true }, lohn: { brutto: 1800 } }, p7: { arbeit: { hatArbeit: false } } },
    });
    const withoutRent = { ...answers, haushalt: { ...(answers['haushalt'] as object), miete: false } };
    expect(Object.keys((plan(antragMitAnlagen(), withoutRent, { today }).pruned['anlagen'] ?? {}) as object)).toEqual(['EK']);
  });

  it('keeps a person\'s answers with that person when someone before them leaves the household', () => {
    const answers = familienAntworten();
    const haushalt = answers['haushalt'] as { personen: unknown[] };
    // Ben moves out: Cleo moves up in the list but keeps her id; Ben's EK is no longer planned
    const p = plan(antragMitAnlagen(), { ...answers, haushalt: { ...haushalt, personen: haushalt.personen.slice(1) } }, { today });
    expect(ids(p).filter((id) => id.startsWith('EK:'))).toEqual(['EK:p0:arbeit', 'EK:p0:lohn']);
    expect(p.pruned['anlagen']).toMatchObject({ EK: { p0: { lohn: { brutto: 1800 } } } });
    expect(Object.keys((p.pruned['anlagen'] as { EK: object }).EK)).toEqual(['p0']);
  });

  it('counts instance steps in the progress and steps back and forth across them', () => {
    const answers = familienAntworten();
    delete (answers['anlagen'] as { EK: Record<string, unknown> }).EK['p7'];
    const p = plan(antragMitAnlagen(), answers, { today, current: 'EK:p7:arbeit' });
    expect(p.progress).toEqual({ done: 7, total: 9 });
    expect(p.back).toBe('EK:p0:lohn');
    expect(p.next).toBe('erklaerung');
    expect(plan(antragMitAnlagen(), answers, { today, current: 'anlagen' }).next).toBe('KDU:bg:miete');
  });

  it('plans no instances while the Anlagen step is not on the path yet', () => {
    const definition = antragMitAnlagen();
    definition.flow.states['haushalt'] = { on: { NEXT: 'erklaerung' } };
    const p = plan(definition, familienAntworten(), { today });
    expect(p.instances).toEqual([]);
    expect(p.anlagen.map((a) => `${a.anlage}:${a.key}`)).toEqual(['KDU:bg', 'EK:p0', 'EK:p7']);
    expect(p.pruned['anlagen']).toBeUndefined();
  });
});

describe('summarize with Anlage modules', () => {
  it('titles each instance section with the Anlage and the person and reads its own answers', () => {
    const definition = antragMitAnlagen();
    const sections = summarize(definition, plan(definition, familienAntworten(), { today }), 'de', { today });
    expect(sections.map((section) => section.title)).toEqual([
      'Über Sie',
      'steps.haushalt.title',
      'Anlage KDU: Wohnung: Miete',
      'Anlage EK: Einkommen – Anna Wolf: Arbeit',
      'Anlage EK: Einkommen – Anna Wolf: Lohn',
      'Anlage EK: Einkommen – Ben Wolf: Arbeit',
      'steps.erklaerung.title',
    ]);
    expect(sections[4]?.rows).toEqual([{ path: '/anlagen/EK/p0/lohn/brutto', label: 'Brutto im Monat', value: '1800', depth: 0 }]);
  });
});

describe('an instance for an item of a plain list (the VÄM\'s people moving in)', () => {
  it('gets its person with the age at the application date added from the date of birth', () => {
    const definition = antragMitAnlagen();
    definition.manifest.anlagen = [
      { id: 'ek', anlage: 'EK', forEach: '/haushalt/personen', when: { type: 'equals', path: './beziehung', value: 'kind' }, reason: 'anlagen.ek' },
    ];
    const p = plan(definition, familienAntworten(), { today });
    expect(p.instances.map((instance) => instance.context['person'])).toEqual([
      { id: 'p7', vorname: 'Ben', nachname: 'Wolf', geburtsdatum: '2009-06-01', beziehung: 'kind', alter: 16 },
      { id: 'p9', vorname: 'Cleo', nachname: 'Wolf', geburtsdatum: '2016-09-30', beziehung: 'kind', alter: 9 },
    ]);
  });
});

describe('the checklist asks each document once per person', () => {
  it('leaves out an instance\'s once-per-person paper the form already asks, and keeps one per person', () => {
    const definition = antragMitAnlagen();
    definition.manifest.evidenceOncePerPerson = ['mietvertrag', 'kontoauszuege'];
    definition.evidence = [...definition.evidence, { id: 'umzug', when: { type: 'always' }, documents: ['mietvertrag'], reason: 'evidence.umzug' }];
    const p = plan(definition, familienAntworten(), { today });
    expect(p.evidence.map(({ id }) => id)).toEqual([
      'ausweis:personalausweis',
      'umzug:mietvertrag',
      // KDU's Mietvertrag is the same paper as the move's: not asked twice
      'EK:p0:lohn:lohnabrechnung',
      'EK:p0:konto:kontoauszuege',
      'EK:p7:konto:kontoauszuege',
    ]);
  });

  it('asks every rule\'s document when its kind is not once per person (two payers, two papers)', () => {
    const definition = antragMitAnlagen();
    definition.evidence = [...definition.evidence, { id: 'umzug', when: { type: 'always' }, documents: ['mietvertrag'], reason: 'evidence.umzug' }];
    const p = plan(definition, familienAntworten(), { today });
    expect(p.evidence.map(({ id }) => id)).toContain('KDU:bg:vertrag:mietvertrag');
  });
});

describe('within one instance', () => {
  it('keeps every rule\'s documents, even of the same kind: they are different papers', () => {
    const definition = antragMitAnlagen();
    const ek = definition.modules?.['EK'];
    if (ek === undefined) throw new Error('fixture without EK');
    ek.evidence = [...ek.evidence, { id: 'konto2', when: { type: 'always' }, documents: ['kontoauszuege'], reason: 'evidence.konto' }];
    const p = plan(definition, familienAntworten(), { today });
    expect(p.evidence.filter((nachweis) => nachweis.key === 'p0').map(({ id }) => id)).toEqual([
      'EK:p0:lohn:lohnabrechnung',
      'EK:p0:konto:kontoauszuege',
      'EK:p0:konto2:kontoauszuege',
    ]);
  });
});

describe('summarize a "who?" question', () => {
  it('names the chosen persons instead of their ids', () => {
    const definition = antragMitAnlagen();
    definition.schema = {
      ...definition.schema,
      properties: { ...(definition.schema['properties'] as object), haushalt: { type: 'object', properties: { miete: { type: 'boolean' }, personen: { type: 'array', items: { type: 'object' } }, wer: { type: 'array', items: { type: 'string' } } } } },
    };
    definition.ui['haushalt'] = {
      type: 'VerticalLayout',
      elements: [{ type: 'Control', scope: '#/properties/haushalt/properties/wer', options: { choicesFrom: '/$computed/haushalt/personen' } }],
    };
    definition.messages['de'] = { ...definition.messages['de'], 'haushalt.wer.label': 'Wer arbeitet?' };
    const answers = familienAntworten();
    const withWho = { ...answers, haushalt: { ...(answers['haushalt'] as object), wer: ['p0', 'p9'] } };
    const sections = summarize(definition, plan(definition, withWho, { today }), 'de', { today });
    expect(sections.find((section) => section.step === 'haushalt')?.rows).toEqual([
      { path: '/haushalt/wer', label: 'Wer arbeitet?', value: 'Anna Wolf, Cleo Wolf', depth: 0 },
    ]);
  });
});
