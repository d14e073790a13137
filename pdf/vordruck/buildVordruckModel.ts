import type { FormDefinition } from '../../engine/definition/types';
import { stepFields } from '../../engine/formDocs/stepFields';
import { translate } from '../../engine/i18n/translate';
import { formatGermanDate } from '../../engine/util/dates';
import type { VordruckBlock, VordruckField, VordruckModel } from './VordruckModel';

const LOCALE = 'de';
/** copies of a list's item fields on paper (e.g. the last months' pay) */
const LIST_COPIES = 6;

export interface VordruckInput {
  /** an Anlage with `vordruck.steps` in its form.json */
  definition: FormDefinition;
  /** the person it is about, from the instance's context */
  person?: { vorname?: string; nachname?: string; geburtsdatum?: string };
}

/**
 * The blank copy of an Anlage's `vordruck` steps in German: each step's questions in UI order
 * with their choices; a list's item questions repeated with numbered headings, so they can be
 * filled on paper; the person's name and date of birth on top, so it finds its way back.
 * Texts: `form.title`, `vordruck.intro`, `vordruck.person`, `vordruck.signature`, `vordruck.footer`
 * of the Anlage; yes/no questions get the boxes `ui.yes` and `ui.no`.
 *
 * @example
 * buildVordruckModel({ definition: eb, person: { vorname: 'Julia', nachname: 'Fischer', geburtsdatum: '1991-04-03' } }).person;
 * // 'Beschäftigte Person: Julia Fischer, geboren am 03.04.1991'
 */
export function buildVordruckModel(input: VordruckInput): VordruckModel {
  const { definition } = input;
  const steps = definition.manifest.vordruck?.steps;
  if (steps === undefined) {
    throw new Error(`forms/${definition.manifest.id}/form.json: no "vordruck"; name the steps a blank copy shows`);
  }
  const text = (key: string, params?: Record<string, unknown>) => translate(definition, LOCALE, key, params);
  const person = personLine(input.person, text);
  return {
    title: text('form.title'),
    intro: text('vordruck.intro').split(/\n+/),
    ...(person === undefined ? {} : { person }),
    sections: steps.map((step) => ({ title: text(`steps.${step}.title`), blocks: blocks(definition, step) })),
    signature: text('vordruck.signature'),
    footer: text('vordruck.footer'),
  };
}

function blocks(definition: FormDefinition, step: string): VordruckBlock[] {
  const result: VordruckBlock[] = [];
  for (const field of stepFields(definition, step, LOCALE)) {
    const yesNo = field.type.startsWith('boolean') ? [translate(definition, LOCALE, 'ui.yes'), translate(definition, LOCALE, 'ui.no')] : [];
    const entry: VordruckField = { label: field.label, options: field.options.length > 0 ? field.options.map((option) => option.text) : yesNo };
    const star = field.pointer.indexOf('/*');
    if (star < 0) {
      const last = result.at(-1);
      if (last !== undefined && last.heading === undefined) last.fields.push(entry);
      else result.push({ repeat: 1, fields: [entry] });
      continue;
    }
    // a list's own row heads its items; each item field drops the list's label in front of it
    const list = result.at(-1);
    const cut = field.label.lastIndexOf(' › ');
    const listLabel = cut < 0 ? field.label : field.label.slice(0, cut);
    const own = { ...entry, label: cut < 0 ? field.label : field.label.slice(cut + 3) };
    if (list?.heading === listLabel) list.fields.push(own);
    else result.push({ heading: listLabel, repeat: LIST_COPIES, fields: [own] });
  }
  // the list's own row ("Verdienst") is only its heading on paper
  return result
    .map((block) => (block.heading === undefined ? withoutListRows(block, result) : block))
    .filter((block) => block.fields.length > 0);
}

function withoutListRows(block: VordruckBlock, all: VordruckBlock[]): VordruckBlock {
  const headings = new Set(all.flatMap((entry) => (entry.heading === undefined ? [] : [entry.heading])));
  return { ...block, fields: block.fields.filter((field) => !headings.has(field.label)) };
}

function personLine(person: VordruckInput['person'], text: (key: string, params?: Record<string, unknown>) => string): string | undefined {
  if (person === undefined) return undefined;
  const name = [person.vorname, person.nachname].filter((part) => typeof part === 'string' && part !== '').join(' ');
  if (name === '') return undefined;
  const born = typeof person.geburtsdatum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(person.geburtsdatum) ? formatGermanDate(person.geburtsdatum) : '';
  return text('vordruck.person', { name, geburtsdatum: born });
}
