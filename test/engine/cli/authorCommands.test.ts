import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VALID = 'test/fixtures/definitions/valid';

function formflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/formflow.js', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'formflow-author-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('formflow paths', () => {
  it('lists every path of the fixture form and its full scenario coverage', () => {
    const result = formflow('paths', 'mini', '--forms', VALID);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      paths: { steps: string[] }[];
      truncated: boolean;
      coverage: { uncoveredSteps: string[] };
    };
    expect(output.paths.map((path) => path.steps.join(' > '))).toEqual([
      'person > auswahl > erklaerung > nachweise > zusammenfassung',
      'person > auswahl > haushalt > erklaerung > nachweise > zusammenfassung',
      'person > auswahl > umzug > erklaerung > nachweise > zusammenfassung',
      'person > auswahl > umzug > haushalt > erklaerung > nachweise > zusammenfassung',
    ]);
    expect(output.truncated).toBe(false);
    expect(output.coverage.uncoveredSteps).toEqual([]);
  });

  it('bounds the paths with --max and says so', () => {
    const output = JSON.parse(formflow('paths', 'mini', '--forms', VALID, '--max', '2').stdout) as { paths: unknown[]; truncated: boolean };
    expect([output.paths.length, output.truncated]).toEqual([2, true]);
  });

  it('fails naming a step that no scenario reaches', () => {
    const forms = join(scratch, 'forms-uncovered');
    cpSync(VALID, forms, { recursive: true });
    rmSync(join(forms, 'mini/scenarios/haushalt-partner-kind.json'));
    const result = formflow('paths', 'mini', '--forms', forms);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${join(forms, 'mini')}/flow.json#/states/haushalt: no scenario reaches step "haushalt"; add a scenario whose answers reach it\n`.replace(`${process.cwd()}/`, ''),
    );
  });

  it('refuses a --max that is not a whole number', () => {
    expect(formflow('paths', 'mini', '--forms', VALID, '--max', 'many')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: --max must be a whole number above 0; got "many"\n',
    });
  });
});

describe('formflow graph', () => {
  it('prints the flow as a Mermaid flowchart with conditions in words', () => {
    const result = formflow('graph', 'mini', '--forms', VALID);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['flowchart TD', '  person["Ihre Angaben"]']);
    expect(result.stdout).toContain('umzug -.->|"überspringen, wenn „Ich bin umgezogen“ nicht gewählt"| haushalt\n');
  });

  it('writes the graph to a file with -o', () => {
    const out = join(scratch, 'mini.mmd');
    expect(formflow('graph', 'mini', '--forms', VALID, '-o', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(formflow('graph', 'mini', '--forms', VALID).stdout);
  });

  it('names the known locales for an unknown one', () => {
    expect(formflow('graph', 'mini', '--forms', VALID, '--locale', 'fr')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: form "mini" has no locale "fr"; known: de, en\n',
    });
  });
});

describe('formflow docs', () => {
  it('writes one page per form and an index, then --check finds them current', () => {
    const out = join(scratch, 'docs');
    const written = formflow('docs', '--forms', VALID, '-o', out);
    expect(written.status).toBe(0);
    expect(written.stdout.trim().split('\n').map((line) => line.split('/').pop())).toEqual(['mini.md', 'README.md']);
    expect(formflow('docs', '--forms', VALID, '-o', out, '--check')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('--check reports a page that is out of date', () => {
    const out = join(scratch, 'docs-stale');
    formflow('docs', '--forms', VALID, '-o', out);
    writeFileSync(join(out, 'mini.md'), 'edited by hand\n');
    const result = formflow('docs', '--forms', VALID, '-o', out, '--check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/mini\.md: out of date; run npx formflow docs\n$/);
  });
});
