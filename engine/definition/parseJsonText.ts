import type { DefinitionProblem } from './DefinitionProblem';
import { problem } from './problem';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: DefinitionProblem };

/**
 * Parses the text of a definition file. A syntax error becomes a problem naming the line and
 * column (1-based), so an author can jump to it, instead of an exception.
 *
 * @example
 * parseJsonText('{\n  "a": 1,\n}', 'forms/x/flow.json');
 * // { ok: false, problem: { file: 'forms/x/flow.json', pointer: '', rule: 'invalid-json', severity: 'error',
 * //   message: 'invalid JSON at line 3, column 1: Expected double-quoted property name' } }
 */
export function parseJsonText(text: string, file: string): ParsedJson {
  try {
    // a byte order mark is invisible in editors and not JSON; tolerate it
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const { position, reason } = splitPosition(raw, text.length);
    const { line, column } = lineAndColumn(text, position);
    return { ok: false, problem: problem('invalid-json', file, '', `invalid JSON at line ${line}, column ${column}: ${reason}`) };
  }
}

/** V8 says "… in JSON at position 12" (newer versions add "(line 3 column 1)"). */
function splitPosition(message: string, length: number): { position: number; reason: string } {
  const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (match) return { position: Number(match[1]), reason: message.slice(0, match.index) };
  // "Unexpected end of JSON input" has no position: the problem is at the end
  return { position: length, reason: message };
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
