import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../engine/cli/runCli';

const VALID = 'test/fixtures/definitions/valid';
const BAD_FLOW = 'test/fixtures/definitions/broken/bad-flow';

/** Runs the CLI in this process with captured output. */
async function lint(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(['lint', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
  });
  return { status, stdout, stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'formflow-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('formflow lint --format', () => {
  it('prints a SARIF 2.1.0 log with the line and column of each finding and exits 1 on errors', async () => {
    const { status, stdout, stderr } = await lint(BAD_FLOW, '--format', 'sarif');
    const log = JSON.parse(stdout);
    expect([status, stderr, log.version, log.runs[0].tool.driver.name]).toEqual([1, '', '2.1.0', 'formflow']);
    expect(log.runs[0].results.map((result: any) => [result.ruleId, result.level, result.locations[0].physicalLocation])).toEqual([
      ['unknown-step', 'error', { artifactLocation: { uri: `${BAD_FLOW}/flow.json` }, region: { startLine: 6, startColumn: 26 } }],
    ]);
  });

  it('prints the findings as a JSON array', async () => {
    const { status, stdout } = await lint(BAD_FLOW, '--format', 'json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual([{
      file: `${BAD_FLOW}/flow.json`,
      pointer: '/states/auswahl/on/NEXT',
      rule: 'unknown-step',
      severity: 'error',
      message: 'unknown step "umzg"; known: person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung',
    }]);
  });

  it('prints warnings marked as such and exits 0 when there are only warnings', async () => {
    const forms = join(scratch, 'forms');
    cpSync(VALID, forms, { recursive: true });
    const textsFile = join(forms, 'mini', 'i18n', 'de.json');
    const texts = JSON.parse(readFileSync(textsFile, 'utf8'));
    writeFileSync(textsFile, JSON.stringify({ ...texts, 'steps.umzug.title': 'steps.umzug.title' }, null, 2));
    const { status, stdout, stderr } = await lint(join(forms, 'mini'));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '1 problem (1 warning) in 1 form\n' });
    expect(stdout).toMatch(/mini\/i18n\/de\.json#\/steps\.umzug\.title: text-equals-key \[warning\]: the text of "steps\.umzug\.title" is its key \(write the text a citizen reads\)\n$/);
  });

  it('refuses an unknown format as wrong use', async () => {
    expect(await lint(VALID, '--format', 'xml')).toEqual({ status: 2, stdout: '', stderr: 'formflow: unknown --format "xml"; known: text, json, sarif\n' });
  });
});
