import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFormDir } from '../../../engine/definition/findFormDir';
import { listForms } from '../../../engine/definition/listForms';
import { readFormFiles } from '../../../engine/definition/readFormFiles';
import { readFormFolder } from '../../../engine/definition/readFormFolder';

const VALID = 'test/fixtures/definitions/valid';
const BROKEN = 'test/fixtures/definitions/broken';

describe('readFormFiles', () => {
  it('reads every file of a form and the shared files, named relative to the working directory', () => {
    const files = readFormFiles(VALID, 'mini');
    expect(files.dir).toBe(`${VALID}/mini`);
    expect(files.sharedDir).toBe(`${VALID}/shared`);
    expect((files.manifest as { id: string }).id).toBe('mini');
    expect(Object.keys(files.ui)).toEqual(['auswahl', 'erklaerung', 'haushalt', 'person', 'umzug']);
    expect(Object.keys(files.i18n)).toEqual(['de', 'en']);
    expect(Object.keys(files.scenarios)).toEqual(['haushalt-partner-kind', 'umzug-miete']);
    expect(Object.keys(files.sharedI18n)).toEqual(['de', 'en']);
    expect(files.documentKinds).toEqual(['mietvertrag', 'meldebescheinigung', 'geburtsurkunde', 'kontoauszug']);
    expect(files.problems).toEqual([]);
  });

  it('turns a JSON syntax error into a problem with line and column instead of throwing', () => {
    const files = readFormFiles(BROKEN, 'bad-json');
    expect(files.flow).toBeUndefined();
    expect(files.problems).toEqual([
      { file: `${BROKEN}/bad-json/flow.json`, pointer: '', rule: 'invalid-json', severity: 'error', message: 'invalid JSON at line 5, column 46: Expected double-quoted property name' },
    ]);
  });

  it('names files relative to the display root it is given', () => {
    expect(readFormFiles(VALID, 'mini', { displayRoot: VALID }).dir).toBe('mini');
  });

  it('throws for an unknown form, naming the known ones', () => {
    expect(() => readFormFiles(VALID, 'vaem')).toThrow('unknown form "vaem"; known: mini');
  });
});

describe('listForms and findFormDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'formflow-forms-'));
  cpSync(`${VALID}/shared`, join(root, 'shared'), { recursive: true });
  cpSync(`${VALID}/mini`, join(root, 'mini'), { recursive: true });
  cpSync(`${VALID}/mini`, join(root, 'anlagen', 'kdu'), { recursive: true });
  writeFileSync(join(root, 'anlagen', 'kdu', 'form.json'), JSON.stringify({ id: 'anlage-kdu', kind: 'anlage' }));
  cpSync(`${VALID}/mini`, join(root, 'kaputt'), { recursive: true });
  writeFileSync(join(root, 'kaputt', 'form.json'), '{ "id": ');

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds every folder with a form.json, nested ones included, by manifest id, with its kind', () => {
    expect(listForms(root)).toEqual([
      { id: 'anlage-kdu', dir: join(root, 'anlagen', 'kdu'), kind: 'anlage' },
      { id: 'kaputt', dir: join(root, 'kaputt') },
      { id: 'mini', dir: join(root, 'mini'), kind: 'mitteilung' },
    ]);
  });

  it('falls back to the folder path when form.json has no readable id', () => {
    expect(findFormDir(root, 'kaputt')).toBe(join(root, 'kaputt'));
  });

  it('reads a nested form with the shared folder of the forms root', () => {
    const files = readFormFolder(join(root, 'anlagen', 'kdu'), { displayRoot: root });
    expect(files.dir).toBe('anlagen/kdu');
    expect(files.sharedDir).toBe('shared');
  });

  it('throws for a forms root that does not exist', () => {
    expect(() => listForms(join(root, 'nirgends'))).toThrow(`forms folder "${join(root, 'nirgends')}" does not exist; pass the folder with the form folders (e.g. --forms forms)`);
  });
});
