// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDrafts } from '../../engine/drafts/memoryDrafts';
import { FormFlow } from '../../renderer/FormFlow';
import { fixtureDefinition } from './support/fixtureDefinition';

afterEach(cleanup);

const renderPdf = async (): Promise<Uint8Array> => new Uint8Array();

describe('FormFlow with drafts', () => {
  it('restores a saved draft on its step and says so', async () => {
    const drafts = memoryDrafts({
      initial: {
        'formflow.draft.test': {
          format: 1,
          formId: 'test',
          formVersion: '1.0.0',
          savedAt: '2026-03-09T10:00:00.000Z',
          startedAt: '2026-03-09T09:50:00.000Z',
          answers: { person: { vorname: 'Erika', kinder: true } },
          current: 'haushalt',
          evidenceMarks: {},
          attachments: [],
        },
      },
    });
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf, drafts }} />);
    expect(await screen.findByText('Willkommen zurück. Wir haben Ihre gespeicherten Angaben geladen.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ihr Haushalt');
  });

  it('tells the citizen when the saved draft cannot be read and starts empty', async () => {
    const drafts = memoryDrafts({ initial: { 'formflow.draft.test': { format: 99, nonsense: true } } });
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf, drafts }} />);
    expect(await screen.findByText('Ihre gespeicherten Angaben konnten wir nicht lesen. Bitte beginnen Sie neu.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Über Sie');
    expect((screen.getByLabelText('Vorname') as HTMLInputElement).value).toBe('');
  });

  it('saves what was typed and shows when, quietly', async () => {
    const drafts = memoryDrafts();
    render(
      <FormFlow
        definition={fixtureDefinition()}
        today="2026-03-10"
        now={() => new Date(2026, 2, 10, 13, 5)}
        adapters={{ renderPdf, drafts }}
      />,
    );
    fireEvent.change(await screen.findByLabelText('Vorname'), { target: { value: 'Erika' } });
    const line = await screen.findByText('Gespeichert um 13:05', {}, { timeout: 3000 });
    expect(line.getAttribute('role')).toBeNull();
    expect(drafts.keys()).toEqual(['formflow.draft.test']);
    expect(((await drafts.load('formflow.draft.test')) as { answers: unknown }).answers).toEqual({ person: { vorname: 'Erika' } });
  });

  it('shows "Wird geladen …" until the draft was looked for', () => {
    const drafts = memoryDrafts();
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf, drafts }} />);
    expect(screen.getByText('Wird geladen …')).toBeTruthy();
  });
});
