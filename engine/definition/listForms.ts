import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface FormLocation {
  /** the manifest's id, or the folder path below the forms root when form.json has none */
  id: string;
  /** absolute path of the form's folder */
  dir: string;
  /** the manifest's kind (`antrag`, `anlage`, …), when form.json gives one */
  kind?: string;
}

/** Folders below a form folder that hold its parts, never another form. */
const formParts = new Set(['ui', 'i18n', 'scenarios']);

/**
 * Every form below a forms root: each folder with a `form.json`, nested ones included
 * (`forms/anlagen/kdu/`), sorted by folder (Node only). Throws when the root does not exist.
 *
 * @example
 * listForms('forms'); // [{ id: 'vaem', dir: '/…/forms/vaem' }]
 */
export function listForms(formsRoot: string): FormLocation[] {
  const root = resolve(formsRoot);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`forms folder "${formsRoot}" does not exist; pass the folder with the form folders (e.g. --forms forms)`);
  }
  const found: FormLocation[] = [];
  const visit = (dir: string) => {
    if (existsSync(join(dir, 'form.json'))) {
      const manifest = readManifest(dir);
      const id = typeof manifest?.['id'] === 'string' ? manifest['id'] : relative(root, dir).split(sep).join('/');
      const kind = manifest?.['kind'];
      found.push(typeof kind === 'string' ? { id, dir, kind } : { id, dir });
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (dir === root && entry.name === 'shared') continue;
      if (formParts.has(entry.name) && existsSync(join(dir, 'form.json'))) continue;
      visit(join(dir, entry.name));
    }
  };
  visit(root);
  return found.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

function readManifest(dir: string): Record<string, unknown> | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(dir, 'form.json'), 'utf8'));
    if (typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest)) return manifest as Record<string, unknown>;
  } catch {
    // an unreadable manifest is reported by checkForm; here the folder name must do
  }
  return undefined;
}
