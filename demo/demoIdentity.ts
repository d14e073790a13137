import type { IdentityAdapter } from '../engine/session/types';

/**
 * The demo's stand-in for BundID: every request for a login level is granted at once. A real
 * portal redirects to its identity provider here and answers with the level reached.
 *
 * @example
 * <FormFlow definition={definition} adapters={{ identity: demoIdentity }} />
 */
export const demoIdentity: IdentityAdapter = {
  async confirm(level) {
    return { level, name: 'Erika Mustermann (Demo)' };
  },
};
