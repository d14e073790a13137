import type { JsonSchema } from '../definition/types';

/**
 * JSON Schema of one person as the `haushalt` computation derives it and as an Anlage instance
 * sees it at `/$context/person`, so the lint checks paths like `/$context/person/alter`.
 */
export const householdPersonSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    vorname: { type: 'string' },
    nachname: { type: 'string' },
    geburtsdatum: { type: 'string', format: 'date' },
    alter: { type: 'integer' },
    rolle: { enum: ['antragsteller', 'partner', 'kind', 'elternteil', 'verwandt', 'sonstige'] },
    partnerschaft: { enum: ['ehe', 'lebenspartnerschaft', 'nichtehelich'] },
    bg: { type: 'boolean' },
    hg: { type: 'boolean' },
  },
};

/** JSON Schema of the household: `/$computed/haushalt` of the Hauptantrag, `/$context/haushalt` of an Anlage. */
export const householdSchema: JsonSchema = {
  type: 'object',
  properties: {
    personen: { type: 'array', items: householdPersonSchema },
    bgAnzahl: { type: 'integer' },
    hgAnzahl: { type: 'integer' },
    vermoegensgrenze: { type: 'number' },
  },
};
