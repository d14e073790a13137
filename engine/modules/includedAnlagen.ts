import type { FlowConfig, FormManifest } from '../definition/types';
import { stepView } from '../plan/stepView';

/**
 * The Anlagen a form fills as modules, as `{ code, id }` in rule order: only a form with a step
 * of view `anlagen` fills any, and only those codes its rules name that exist as a form of kind
 * `anlage` with the code in lower case as id (`EK` → `forms/anlagen/ek/`, id `ek`). Others stay
 * listed in the plan without being fillable. `kindOf` tells a known form id's kind.
 *
 * @example
 * includedAnlagen(manifest, flow, (id) => (id === 'ek' ? 'anlage' : undefined)); // [{ code: 'EK', id: 'ek' }]
 */
export function includedAnlagen(
  manifest: Pick<FormManifest, 'anlagen'>,
  flow: FlowConfig,
  kindOf: (id: string) => string | undefined,
): { code: string; id: string }[] {
  const fills = Object.keys(flow.states).some((step) => stepView(flow, step) === 'anlagen');
  if (!fills) return [];
  const codes = [...new Set((manifest.anlagen ?? []).map((rule) => rule.anlage))];
  return codes.map((code) => ({ code, id: code.toLowerCase() })).filter(({ id }) => kindOf(id) === 'anlage');
}
