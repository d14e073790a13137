import { identityAtLeast } from '../engine/session/identityAtLeast';
import type { IdentityAdapter } from '../engine/session/types';
import { testIdentityDialog } from './testIdentityDialog';

/** The name the test identity logs in with; marked as a test so no one mistakes it in a package. */
const TEST_IDENTITY_NAME = 'Erika Mustermann (Testidentität)';

/**
 * The demo's test identity adapter, clearly labelled as such: a real portal plugs in its eID
 * service (BundID, its own eID server with the AusweisApp) here and answers with the level the
 * citizen reached.
 *
 * Up to "basis" it answers at once: that stands for the portal account the citizen would
 * already be logged in with. "substanziell" and "hoch" open the test dialog
 * (testIdentityDialog); confirming it grants the level asked for to the test identity,
 * cancelling or Escape rejects, and the session shows its identity-failed message.
 *
 * @example
 * <FormFlow definition={definition} adapters={{ identity: demoIdentity }} />
 */
export const demoIdentity: IdentityAdapter = {
  async confirm(level) {
    if (!identityAtLeast(level, 'substanziell')) return { level, name: TEST_IDENTITY_NAME };
    const confirmed = await testIdentityDialog(level);
    if (!confirmed) throw new Error('Test-Identifizierung abgebrochen');
    return { level, name: TEST_IDENTITY_NAME };
  },
};
