/**
 * The id of an Anlage instance's step within the including form: `<CODE>:<key>:<step>`, e.g.
 * `EK:p2:einkommen`. Own step ids never hold a colon, so the two never meet.
 *
 * @example
 * instanceStepId('EK', 'p2', 'einkommen'); // 'EK:p2:einkommen'
 */
export function instanceStepId(anlage: string, key: string, step: string): string {
  return `${anlage}:${key}:${step}`;
}

/**
 * The parts of an instance step id, or undefined for an own step.
 *
 * @example
 * parseInstanceStepId('EK:p2:einkommen'); // { anlage: 'EK', key: 'p2', step: 'einkommen' }
 * parseInstanceStepId('person');          // undefined
 */
export function parseInstanceStepId(id: string): { anlage: string; key: string; step: string } | undefined {
  const parts = id.split(':');
  if (parts.length !== 3) return undefined;
  const [anlage, key, step] = parts as [string, string, string];
  return { anlage, key, step };
}
