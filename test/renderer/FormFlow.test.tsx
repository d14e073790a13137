// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubmissionPackage } from '../../engine/submission/types';
import { FormFlow } from '../../renderer/FormFlow';
import { fixtureDefinition } from './support/fixtureDefinition';

// 1×1 transparent PNG
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
const renderPdf = async (): Promise<Uint8Array> => new Uint8Array([37, 80, 68, 70]);

beforeEach(() => {
  // jsdom's ArrayBuffer comes from another realm than Node's WebCrypto accepts; browsers don't
  // have two realms, so hand digest() a Node Buffer with the same bytes
  const digest = globalThis.crypto.subtle.digest.bind(globalThis.crypto.subtle);
  vi.spyOn(globalThis.crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
    digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer))),
  );
  URL.createObjectURL = vi.fn((blob: Blob) => `blob:${blob.type}`);
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function next(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
}

async function settle(): Promise<void> {
  // JSON Forms reports changes after 10 ms
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe('FormFlow', () => {
  it('shows the first step with its heading, intro and "Schritt 1 von 3"', () => {
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Über Sie');
    expect(screen.getByText('Ein paar Angaben zu Ihnen.')).toBeTruthy();
    expect(screen.getByText('Schritt 1 von 3')).toBeTruthy();
  });

  it('a failed NEXT shows the error summary, focuses it and links each problem to its field', () => {
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} />);
    next();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Vorname: Bitte beantworten Sie diese Frage.', '#ff-person-vorname'],
      ['Haben Sie Kinder?: Bitte beantworten Sie diese Frage.', '#ff-person-kinder'],
    ]);
    fireEvent.click(links[0]!);
    expect(document.activeElement).toBe(screen.getByLabelText('Vorname'));
    const input = screen.getByLabelText('Vorname');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('ff-person-vorname-hint ff-person-vorname-error');
    expect(document.getElementById('ff-person-vorname-error')?.textContent).toBe('Bitte beantworten Sie diese Frage.');
  });

  it('NEXT right after typing validates what was typed and moves focus to the next heading', async () => {
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} />);
    fireEvent.change(screen.getByLabelText('Vorname'), { target: { value: 'Erika' } });
    fireEvent.click(screen.getByLabelText('Nein'));
    next(); // before JSON Forms' 10 ms debounce
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Unterlagen');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByText('Schritt 2 von 3')).toBeTruthy();
    await settle();
  });

  it('shows a question only while its showWhen condition holds', async () => {
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} />);
    expect(screen.queryByLabelText(/Miete/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Ja'));
    expect(screen.getByLabelText(/Miete/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Nein'));
    expect(screen.queryByLabelText(/Miete/)).toBeNull();
    await settle();
  });

  it('BACK returns to the previous step of the path with the answers kept', async () => {
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} />);
    fireEvent.change(screen.getByLabelText('Vorname'), { target: { value: 'Erika' } });
    fireEvent.click(screen.getByLabelText('Ja'));
    next();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ihr Haushalt');
    fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Über Sie');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect((screen.getByLabelText('Vorname') as HTMLInputElement).value).toBe('Erika');
    await settle();
  });

  it('the Nachweis checklist uploads a file, shows it, and names a missing document in the error summary', async () => {
    render(
      <FormFlow
        definition={fixtureDefinition()}
        today="2026-03-10"
        adapters={{ renderPdf }}
        initialAnswers={{ person: { vorname: 'Erika', kinder: false } }}
        initialStep="nachweise"
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Wir brauchen Ihre Meldebescheinigung.');
    next();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Meldebescheinigung: Bitte laden Sie die Unterlage hoch.');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#ff-nachweise-immer_meldebescheinigung');

    const input = screen.getByLabelText('Datei auswählen: Meldebescheinigung');
    expect(input.id).toBe('ff-nachweise-immer_meldebescheinigung');
    const file = new File([PNG], 'meldung.png', { type: 'image/png' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(screen.getByText('Hochgeladen')).toBeTruthy());
    expect(document.querySelector('.ff-evidence__filename')?.textContent).toBe('meldung.png');
    expect(screen.getByRole('button', { name: 'Datei entfernen meldung.png' })).toBeTruthy();
    expect(screen.getByText('hochgeladen')).toBeTruthy(); // the Nachweis status
  });

  it('marks a Nachweis for later and reaches the summary with change buttons', () => {
    render(
      <FormFlow
        definition={fixtureDefinition()}
        today="2026-03-10"
        adapters={{ renderPdf }}
        initialAnswers={{ person: { vorname: 'Erika', kinder: false } }}
        initialStep="nachweise"
      />,
    );
    fireEvent.click(screen.getByLabelText('Reiche ich später nach: Meldebescheinigung'));
    next();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Angaben prüfen');
    expect(screen.getByText('Erika')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Über Sie ändern' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Über Sie');
  });

  it('submits from the summary and shows the reference with PDF and JSON downloads', async () => {
    const submitted: SubmissionPackage[] = [];
    render(
      <FormFlow
        definition={fixtureDefinition()}
        today="2026-03-10"
        adapters={{ renderPdf }}
        onSubmit={(pkg) => {
          submitted.push(pkg);
          return { reference: 'JC-4711' };
        }}
        initialAnswers={{ person: { vorname: 'Erika', kinder: false } }}
        initialStep="zusammenfassung"
      />,
    );
    // the checklist still misses its Nachweis: SUBMIT leads there with the problem
    fireEvent.click(screen.getByRole('button', { name: 'Absenden' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Unterlagen');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    fireEvent.click(screen.getByLabelText('Reiche ich später nach: Meldebescheinigung'));
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Absenden' }));
    await waitFor(() => expect(screen.getByText('Ihre Eingangsnummer: JC-4711')).toBeTruthy());
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.data).toEqual({ person: { vorname: 'Erika', kinder: false } });
    expect(screen.getByRole('link', { name: 'Kopie als PDF herunterladen' }).getAttribute('href')).toBe('blob:application/pdf');
    expect(screen.getByRole('link', { name: /JSON|downloadJson/ }).getAttribute('href')).toBe('blob:application/json');
    expect(document.activeElement?.textContent).toBe('Vielen Dank. Ihre Angaben sind angekommen.');
  });

  it('switches the language of every text and tells the host', () => {
    const switched: string[] = [];
    render(<FormFlow definition={fixtureDefinition()} today="2026-03-10" adapters={{ renderPdf }} onLocaleChange={(locale) => switched.push(locale)} />);
    fireEvent.change(screen.getByLabelText('Sprache'), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About you');
    expect(screen.getByLabelText('First name')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
    expect(switched).toEqual(['en']);
    expect(document.querySelector('.ff-flow')?.getAttribute('lang')).toBe('en');
  });
});
