import type { UISchemaElement } from '@jsonforms/core';
import { evaluate } from '../../engine/conditions/evaluate';
import type { Condition, ConditionScope } from '../../engine/conditions/types';

/**
 * Whether a UI schema element is shown: true unless its `options.showWhen` condition does not
 * hold for the answers. Visibility comes from the engine's conditions, never from JSON Forms
 * rules, which would compile schemas with ajv at run time (no `eval` under a strict CSP).
 *
 * @example
 * isShown({ type: 'Control', scope: '#/properties/umzug/properties/grundmiete',
 *           options: { showWhen: { type: 'equals', path: '/umzug/neueMiete', value: true } } },
 *         { answers: { umzug: { neueMiete: true } }, today: '2026-03-10' }); // true
 */
export function isShown(element: UISchemaElement, scope: ConditionScope): boolean {
  const condition = element.options?.['showWhen'] as Condition | undefined;
  return condition === undefined || evaluate(condition, scope);
}
