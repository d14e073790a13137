/** The schema, controls and texts the choice control tests share. */

export const schema = {
  type: 'object',
  properties: {
    s: {
      type: 'object',
      properties: {
        miete: { type: 'boolean' },
        art: { type: 'string', enum: ['einzug', 'auszug'] },
        leistung: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
        aenderungen: { type: 'array', items: { type: 'string', enum: ['umzug', 'arbeit', 'geburt'] }, uniqueItems: true },
        wahr: { type: 'boolean', const: true },
      },
      required: ['miete', 'art', 'aenderungen', 'wahr'],
    },
  },
} as const;
export const control = (name: string, options?: Record<string, unknown>) => ({
  type: 'Control',
  scope: `#/properties/s/properties/${name}`,
  ...(options === undefined ? {} : { options }),
});
export const messages = {
  's.miete.label': 'Ändert sich die Miete?',
  's.art.label': 'Was ist passiert?',
  's.art.hint': 'Wählen Sie eins.',
  's.art.options.einzug': 'Jemand zieht ein',
  's.art.options.auszug': 'Jemand zieht aus',
  's.leistung.label': 'Welche Leistung?',
  's.leistung.options.a': 'Rente',
  's.aenderungen.label': 'Was hat sich geändert?',
  's.aenderungen.options.umzug': 'Umzug',
  's.aenderungen.options.arbeit': 'Arbeit',
  's.aenderungen.options.geburt': 'Geburt',
  's.wahr.label': 'Ich versichere, dass alles stimmt.',
  'ui.yes': 'Ja',
  'ui.no': 'Nein',
  'ui.select.prompt': 'Bitte wählen',
};
