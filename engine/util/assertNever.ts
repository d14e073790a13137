/**
 * Marks the end of an exhaustive switch over a union. The compiler proves the default branch
 * unreachable; at run time (data that slipped past the types, e.g. a hand-edited JSON file) it
 * throws, so an unknown variant is never silently treated like a known one.
 *
 * @param value the value the switch did not handle (typed `never` when the switch is complete)
 * @param message what to say instead of the generic text, ideally naming the known variants
 * @example
 * switch (operand.kind) {
 *   case 'value': return operand.value;
 *   default: return assertNever(operand, `unknown operand ${JSON.stringify(operand)}`);
 * }
 */
export function assertNever(value: never, message?: string): never {
  throw new Error(message ?? `unexpected value ${safeStringify(value)}`);
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // a cyclic object must not hide the original problem behind a JSON error
    return String(value);
  }
}
