/**
 * Bench page: `<FormFlow>` as a portal embeds it (styles, drafts on), opened on the bench's step
 * with the scenario's answers through a draft, the way a citizen returning to the form gets it.
 */
import '../../renderer/styles';
import { createRoot } from 'react-dom/client';
import { forms } from 'virtual:formflow/forms';
import { DRAFT_FORMAT, type Draft } from '../../engine/drafts/draftFormat';
import { memoryDrafts } from '../../engine/drafts/memoryDrafts';
import { FormFlow } from '../../renderer/FormFlow';
import { benchConfig, installLatencyProbe, rootElement } from './page';

installLatencyProbe();
const config = benchConfig();
const load = forms[config.form];
if (load === undefined) throw new Error(`bench page: no form "${config.form}"`);

void load().then((definition) => {
  const draftKey = 'formflow.bench';
  const savedAt = `${config.today}T08:00:00.000Z`;
  const draft: Draft = {
    format: DRAFT_FORMAT,
    formId: definition.manifest.id,
    formVersion: definition.manifest.version,
    startedAt: savedAt,
    savedAt,
    answers: config.answers,
    current: config.step,
    evidenceMarks: {},
    attachments: [],
  };
  const drafts = memoryDrafts({ initial: { [draftKey]: draft } });
  createRoot(rootElement()).render(<FormFlow definition={definition} locale="de" today={config.today} draftKey={draftKey} adapters={{ drafts }} />);
});
