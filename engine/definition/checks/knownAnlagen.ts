import type { FormFiles } from '../FormFiles';
import { isRecord } from './json';

/**
 * The Anlage codes the project knows: every `anlage.<CODE>` text of the shared i18n files (in any
 * locale, so a name missing in one locale is a missing text, not an unknown Anlage). The shared
 * texts name each Anlage a form may bring in; a list of its own would only repeat them.
 *
 * @example
 * knownAnlagen(files); // ['WEP', 'KI', 'HG', …, 'EB']
 */
export function knownAnlagen(files: FormFiles): string[] {
  const codes = new Set<string>();
  for (const texts of Object.values(files.sharedI18n)) {
    if (!isRecord(texts)) continue;
    for (const key of Object.keys(texts)) if (key.startsWith('anlage.')) codes.add(key.slice('anlage.'.length));
  }
  return [...codes];
}
