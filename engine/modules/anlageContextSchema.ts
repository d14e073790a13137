import type { JsonSchema } from '../definition/types';
import { householdPersonSchema, householdSchema } from '../household/householdPersonSchema';

/**
 * JSON Schema of what an Anlage instance reads as `/$context/…`: the person it is for (absent
 * for once-per-household Anlagen), the household and the application date. The lint checks an
 * Anlage's `$context` paths against it.
 */
export const anlageContextSchema: JsonSchema = {
  type: 'object',
  properties: {
    person: householdPersonSchema,
    haushalt: householdSchema,
    antragsdatum: { type: 'string', format: 'date' },
  },
};
