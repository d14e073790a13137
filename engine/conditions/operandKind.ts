import type { Operand } from './types';

export type OperandKind = 'value' | 'path' | 'ageAt' | 'count' | 'daysFromToday';

const operandKinds: readonly OperandKind[] = ['value', 'path', 'ageAt', 'count', 'daysFromToday'];

/**
 * Which of the operand shapes an operand has, by its key. An operand with none of the keys or
 * with more than one (`{ path, value }` is ambiguous) is a form author's mistake and throws.
 *
 * @example
 * operandKind({ ageAt: './geburtsdatum' }); // 'ageAt'
 * operandKind({ count: '/haushalt/personen', where: { type: 'always' } }); // 'count'
 */
export function operandKind(operand: Operand): OperandKind {
  const found =
    typeof operand === 'object' && operand !== null
      ? operandKinds.filter((kind) => Object.prototype.hasOwnProperty.call(operand, kind))
      : [];
  const [kind] = found;
  if (kind === undefined || found.length > 1) {
    throw new Error(
      `unknown operand ${JSON.stringify(operand) ?? String(operand)}; known: ${operandKinds.map((k) => `{ "${k}": … }`).join(', ')}`,
    );
  }
  return kind;
}
