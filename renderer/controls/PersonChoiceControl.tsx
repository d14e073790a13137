import { type ControlProps, type RankedTester, and, rankWith, schemaMatches, uiTypeIs } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { type ReactNode, useContext } from 'react';
import { evaluate } from '../../engine/conditions/evaluate';
import type { Condition } from '../../engine/conditions/types';
import { personName } from '../../engine/household/personName';
import { getAt } from '../../engine/util/pointer';
import { isoToday } from '../util/isoToday';
import { FormFlowContext } from '../FormFlowContext';
import { conditionAnswers } from '../layouts/conditionAnswers';
import { ChoiceFieldset } from './ChoiceFieldset';
import { controlField } from './controlField';
import { CheckboxList } from './CheckboxList';

/**
 * A "who?" question: one checkbox per person of a list the form already knows
 * (`options.choicesFrom`: a JSON pointer, usually `/$computed/haushalt/personen`), the answer
 * being the chosen persons' ids in the list's order. Nobody is asked a name twice, and a
 * person removed from the household drops out of the choice. `options.choicesWhere` (a
 * condition with `./` paths into each person) narrows the choice, e.g. to the BG.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/lebenssituation/properties/schwanger",
 *   "options": { "choicesFrom": "/$computed/haushalt/personen",
 *                "choicesWhere": { "type": "equals", "path": "./bg", "value": true } } }
 */
export function PersonChoiceControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, uischema } = props;
  const flow = useContext(FormFlowContext);
  const live = (useJsonForms().core?.data ?? {}) as Record<string, unknown>;
  if (!visible) return null;
  const field = controlField(props);
  const answers = conditionAnswers(flow, live);
  const where = uischema.options?.['choicesWhere'] as Condition | undefined;
  const today = flow?.today ?? isoToday();
  const persons = personsAt(answers, uischema.options?.['choicesFrom']).filter(
    (person) => where === undefined || evaluate(where, { answers, item: person.item, today }),
  );
  const chosen = new Set(Array.isArray(data) ? data.map(String) : []);
  const invalid = errors !== '';
  const toggle = (id: string, checked: boolean): void => {
    if (checked) chosen.add(id);
    else chosen.delete(id);
    const next = persons.map((person) => person.id).filter((candidate) => chosen.has(candidate));
    handleChange(path, next.length > 0 ? next : undefined);
  };
  return (
    <ChoiceFieldset {...field} label={label} errors={errors}>
      <CheckboxList
        id={field.id}
        options={persons.map((person) => ({ value: person.id, label: person.name }))}
        chosen={chosen}
        invalid={invalid}
        enabled={enabled}
        onToggle={toggle}
      />
    </ChoiceFieldset>
  );
}

/** The persons of the list at `pointer` that have an id, named by first and last name. */
function personsAt(answers: Record<string, unknown>, pointer: unknown): { id: string; name: string; item: unknown }[] {
  const list = typeof pointer === 'string' ? getAt(answers, pointer) : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id } = entry as Record<string, unknown>;
    if (typeof id !== 'string') return [];
    return [{ id, name: personName(entry) ?? id, item: entry }];
  });
}

export const personChoiceControlTester: RankedTester = rankWith(
  6,
  and(
    uiTypeIs('Control'),
    (uischema) => typeof uischema.options?.['choicesFrom'] === 'string',
    schemaMatches((schema) => schema.type === 'array'),
  ),
);

export const PersonChoiceControlRenderer = withJsonFormsControlProps(PersonChoiceControl);
export default PersonChoiceControlRenderer;
