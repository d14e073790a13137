import type { SubmissionPackage } from '../engine/submission/types';
import { rememberForContexts } from './demoContexts';

/**
 * Where the demo "sends" submissions: kept in memory for this page (a real portal would hand
 * them to FIT-Connect). Exposed as `window.formflowDemo.submissions`, so browser tests can
 * check the package that was built.
 */
export const demoSubmissions: SubmissionPackage[] = [];

declare global {
  interface Window {
    formflowDemo?: { submissions: SubmissionPackage[] };
  }
}

if (typeof window !== 'undefined') window.formflowDemo = { submissions: demoSubmissions };

/**
 * The demo's submit adapter: stores the package and answers with a short reference.
 *
 * @example
 * <FormFlow definition={definition} onSubmit={demoSubmit} />
 */
export async function demoSubmit(pkg: SubmissionPackage): Promise<{ reference: string }> {
  demoSubmissions.push(pkg);
  rememberForContexts(pkg);
  return { reference: pkg.metadata.submissionId.slice(0, 8).toUpperCase() };
}
