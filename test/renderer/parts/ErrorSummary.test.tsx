// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../../renderer/parts/ErrorSummary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Page({ focusKey }: { focusKey: number }) {
  return (
    <>
      <ErrorSummary
        title="Bitte prüfen Sie Ihre Angaben"
        items={[
          { targetId: 'ff-s-name', text: 'Name: Bitte beantworten Sie diese Frage.' },
          { targetId: 'ff-s-art', text: 'Art: Bitte wählen Sie.' },
        ]}
        focusKey={focusKey}
        headingLevel={2}
      />
      <label htmlFor="ff-s-name">Name</label>
      <input id="ff-s-name" />
      <fieldset>
        <legend>Art</legend>
        <input type="radio" id="ff-s-art" name="art" />
        <label htmlFor="ff-s-art">Einzug</label>
      </fieldset>
    </>
  );
}

describe('ErrorSummary', () => {
  it('is an alert with a heading that takes focus again on every failed attempt', () => {
    const { rerender } = render(<Page focusKey={1} />);
    const alert = screen.getByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(document.activeElement).toBe(alert);
    screen.getByRole('textbox').focus();
    rerender(<Page focusKey={1} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    rerender(<Page focusKey={2} />);
    expect(document.activeElement).toBe(alert);
  });

  it('a link focuses its field and scrolls the field\'s label into view', () => {
    render(<Page focusKey={1} />);
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.textContent ?? '');
    });
    fireEvent.click(screen.getByRole('link', { name: 'Name: Bitte beantworten Sie diese Frage.' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    expect(scrolled).toEqual(['Name']);
  });

  it('for a radio group, scrolls the legend (the question) into view, not the option', () => {
    render(<Page focusKey={1} />);
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.textContent ?? '');
    });
    fireEvent.click(screen.getByRole('link', { name: 'Art: Bitte wählen Sie.' }));
    expect(document.activeElement).toBe(screen.getByRole('radio'));
    expect(scrolled).toEqual(['Art']);
  });

  it('renders nothing without items', () => {
    const { container } = render(<ErrorSummary title="Fehler" items={[]} focusKey={1} headingLevel={2} />);
    expect(container.innerHTML).toBe('');
  });
});
