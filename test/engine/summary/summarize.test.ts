import { describe, expect, it } from 'vitest';
import type { UiSchema } from '../../../engine/definition/types';
import { plan } from '../../../engine/plan/plan';
import { summarize } from '../../../engine/summary/summarize';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const today = '2026-03-10';
const nbsp = '\u00a0';

function answersWithToddler() {
  const answers = completeAnswers();
  const haushalt = answers['haushalt'] as { personen: unknown[] };
  // schule is hidden below six (showWhen), so Emil's stale answer must not show
  haushalt.personen.push({ name: 'Emil', geburtsdatum: '2023-01-01', beziehung: 'kind', schule: false });
  return answers;
}

describe('summarize in German', () => {
  const form = umzugForm();
  const sections = summarize(form, plan(form, answersWithToddler(), { today }), 'de', { today });

  it('has one section per answering step on the path, in path order', () => {
    expect(sections.map((s) => [s.step, s.title])).toEqual([
      ['person', 'Ihre Person'],
      ['auswahl', 'Was hat sich geändert?'],
      ['umzug', 'Umzug'],
      ['haushalt', 'Haushalt'],
      ['erklaerung', 'Erklärung'],
    ]);
  });

  it('formats dates, booleans, enums and multiple choice', () => {
    expect(sections[0]?.rows).toEqual([
      { path: '/person/vorname', label: 'Vorname', value: 'Ada', depth: 0 },
      { path: '/person/geburtsdatum', label: 'Geburtsdatum', value: '17.05.1990', depth: 0 },
      { path: '/person/alleinerziehend', label: 'Sind Sie alleinerziehend?', value: 'Nein', depth: 0 },
    ]);
    expect(sections[1]?.rows).toEqual([
      {
        path: '/auswahl/aenderungen',
        label: 'Welche Änderungen möchten Sie mitteilen?',
        value: 'Umzug, Änderung im Haushalt',
        depth: 0,
      },
    ]);
  });

  it('formats money and nests a labelled group under a heading row', () => {
    expect(sections[2]?.rows).toEqual([
      { path: '/umzug/datum', label: 'Datum des Umzugs', value: '01.04.2026', depth: 0 },
      { path: '/umzug/miete', label: 'Neue Miete', value: `1.234,50${nbsp}€`, depth: 0 },
      { path: '/umzug/wohnform', label: 'Wohnform', value: 'Mietwohnung', depth: 0 },
      { path: '/umzug/adresse', label: 'Neue Adresse', value: '', depth: 0 },
      { path: '/umzug/adresse/strasse', label: 'Straße und Hausnummer', value: 'Hauptstraße 1', depth: 1 },
      { path: '/umzug/adresse/plz', label: 'Postleitzahl', value: '10115', depth: 1 },
    ]);
  });

  it('lists each person under a numbered heading and hides questions whose showWhen fails', () => {
    expect(sections[3]?.rows).toEqual([
      { path: '/haushalt/personen/0', label: 'Person 1', value: '', depth: 0 },
      { path: '/haushalt/personen/0/name', label: 'Name', value: 'Ben', depth: 1 },
      { path: '/haushalt/personen/0/geburtsdatum', label: 'Geburtsdatum', value: '02.01.1988', depth: 1 },
      { path: '/haushalt/personen/0/beziehung', label: 'Beziehung zu Ihnen', value: 'Partnerin oder Partner', depth: 1 },
      { path: '/haushalt/personen/1', label: 'Person 2', value: '', depth: 0 },
      { path: '/haushalt/personen/1/name', label: 'Name', value: 'Cleo', depth: 1 },
      { path: '/haushalt/personen/1/geburtsdatum', label: 'Geburtsdatum', value: '11.03.2012', depth: 1 },
      { path: '/haushalt/personen/1/beziehung', label: 'Beziehung zu Ihnen', value: 'Kind', depth: 1 },
      { path: '/haushalt/personen/1/schule', label: 'Besucht die Person eine Schule?', value: 'Ja', depth: 1 },
      { path: '/haushalt/personen/2', label: 'Person 3', value: '', depth: 0 },
      { path: '/haushalt/personen/2/name', label: 'Name', value: 'Dan', depth: 1 },
      { path: '/haushalt/personen/2/geburtsdatum', label: 'Geburtsdatum', value: '10.03.2011', depth: 1 },
      { path: '/haushalt/personen/2/beziehung', label: 'Beziehung zu Ihnen', value: 'Kind', depth: 1 },
      { path: '/haushalt/personen/2/schule', label: 'Besucht die Person eine Schule?', value: 'Ja', depth: 1 },
      { path: '/haushalt/personen/3', label: 'Person 4', value: '', depth: 0 },
      { path: '/haushalt/personen/3/name', label: 'Name', value: 'Emil', depth: 1 },
      { path: '/haushalt/personen/3/geburtsdatum', label: 'Geburtsdatum', value: '01.01.2023', depth: 1 },
      { path: '/haushalt/personen/3/beziehung', label: 'Beziehung zu Ihnen', value: 'Kind', depth: 1 },
    ]);
  });
});

describe('summarize in English', () => {
  const form = umzugForm();
  const sections = summarize(form, plan(form, completeAnswers(), { today }), 'en', { today });

  it('uses the English texts and formats, falling back to German where a text is missing', () => {
    expect(sections.find((s) => s.step === 'person')).toEqual({
      step: 'person',
      title: 'About you',
      rows: [
        { path: '/person/vorname', label: 'First name', value: 'Ada', depth: 0 },
        { path: '/person/geburtsdatum', label: 'Date of birth', value: '1990-05-17', depth: 0 },
        { path: '/person/alleinerziehend', label: 'Are you a single parent?', value: 'No', depth: 0 },
      ],
    });
    expect(sections.find((s) => s.step === 'umzug')?.rows).toEqual([
      { path: '/umzug/datum', label: 'Date of the move', value: '2026-04-01', depth: 0 },
      { path: '/umzug/miete', label: 'New rent', value: '€1,234.50', depth: 0 },
      { path: '/umzug/wohnform', label: 'Type of home', value: 'Rented flat', depth: 0 },
      { path: '/umzug/adresse', label: 'New address', value: '', depth: 0 },
      { path: '/umzug/adresse/strasse', label: 'Straße und Hausnummer', value: 'Hauptstraße 1', depth: 1 },
      { path: '/umzug/adresse/plz', label: 'Postcode', value: '10115', depth: 1 },
    ]);
  });
});

describe('summarize: what it leaves out', () => {
  it('shows no answers of an abandoned branch', () => {
    const form = umzugForm();
    const answers = { ...completeAnswers(), auswahl: { aenderungen: ['haushalt'] } };
    const steps = summarize(form, plan(form, answers, { today }), 'de', { today }).map((s) => s.step);
    expect(steps).toEqual(['person', 'auswahl', 'haushalt', 'erklaerung']);
  });

  it('skips unanswered questions and a group with nothing answered', () => {
    const form = umzugForm();
    const answers = { ...completeAnswers(), umzug: { datum: '2026-04-01', miete: 0, adresse: { strasse: '' } } };
    const umzug = summarize(form, plan(form, answers, { today }), 'de', { today }).find((s) => s.step === 'umzug');
    expect(umzug?.rows).toEqual([
      { path: '/umzug/datum', label: 'Datum des Umzugs', value: '01.04.2026', depth: 0 },
      { path: '/umzug/miete', label: 'Neue Miete', value: `0,00${nbsp}€`, depth: 0 },
    ]);
  });

  it('generates item rows from the item schema when a list control has no detail', () => {
    const form = umzugForm();
    form.ui['haushalt'] = {
      type: 'VerticalLayout',
      elements: [{ type: 'Control', scope: '#/properties/haushalt/properties/personen' }],
    };
    const answers = { ...completeAnswers(), haushalt: { personen: [{ name: 'Ben', beziehung: 'partner' }] } };
    const haushalt = summarize(form, plan(form, answers, { today }), 'de', { today }).find((s) => s.step === 'haushalt');
    expect(haushalt?.rows).toEqual([
      { path: '/haushalt/personen/0', label: 'Person 1', value: '', depth: 0 },
      { path: '/haushalt/personen/0/name', label: 'Name', value: 'Ben', depth: 1 },
      { path: '/haushalt/personen/0/beziehung', label: 'Beziehung zu Ihnen', value: 'Partnerin oder Partner', depth: 1 },
    ]);
  });
});

describe('summarize: form author mistakes', () => {
  const failing = (ui: UiSchema) => {
    const form = umzugForm();
    form.ui['person'] = ui;
    return () => summarize(form, plan(form, completeAnswers(), { today }), 'de', { today });
  };

  it('names the file and pointer of a scope outside the schema', () => {
    expect(failing({ type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/person/properties/nachname' }] })).toThrow(
      'forms/umzugtest/ui/person.json#/elements/0/scope: schema.json declares no property for the answer /person/nachname',
    );
  });

  it('names the file and pointer of a malformed scope', () => {
    expect(failing({ type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/person/vorname' }] })).toThrow(
      'forms/umzugtest/ui/person.json#/elements/0/scope: "#/person/vorname" is no control scope; write "#/properties/<step>/properties/<field>"',
    );
  });

  it('names an unknown element type', () => {
    expect(failing({ type: 'VerticalLayout', elements: [{ type: 'Categorization' }] })).toThrow(
      'forms/umzugtest/ui/person.json#/elements/0/type: unknown UI element type "Categorization"; known: VerticalLayout, HorizontalLayout, Group, Control, Label',
    );
  });
});
