import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Answers } from '../definition/types';
import { parseJsonText } from '../definition/parseJsonText';
import { formatProblem } from '../definition/formatProblem';
import { CliError } from './CliError';

export interface AnswersInput {
  answers: Answers;
  today: string;
  /** a scenario's `context` (an Anlage's person and household), read as `/$context/…` */
  context?: Record<string, unknown>;
}

/**
 * Reads the answers a command works on. A scenario file (with `answers` and `today`) gives its
 * answers, its date and its `context`; any other JSON object is the answers themselves, with the date from
 * `--today` or, without it, the real local date.
 *
 * @example
 * readAnswersFile('forms/vaem/scenarios/14-heirat.json', undefined, process.cwd());
 * // { answers: { person: {…}, … }, today: '2026-03-10' }
 */
export function readAnswersFile(path: string | undefined, today: string | undefined, cwd: string): AnswersInput {
  if (path === undefined) throw new CliError('missing the answers file (JSON with the answers, or a scenario file)');
  const file = resolve(cwd, path);
  if (!existsSync(file)) throw new CliError(`answers file "${path}" does not exist`);
  const parsed = parseJsonText(readFileSync(file, 'utf8'), path);
  if (!parsed.ok) throw new CliError(formatProblem(parsed.problem));
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${path}: must be a JSON object with the answers (or a scenario with "answers" and "today")`);
  }
  const record = value as Record<string, unknown>;
  const isScenario = typeof record['today'] === 'string' && typeof record['answers'] === 'object' && record['answers'] !== null;
  if (isScenario) {
    const context = record['context'];
    return {
      answers: record['answers'] as Answers,
      today: today ?? (record['today'] as string),
      ...(typeof context === 'object' && context !== null && !Array.isArray(context) ? { context: context as Record<string, unknown> } : {}),
    };
  }
  return { answers: record as Answers, today: today ?? localToday() };
}

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
