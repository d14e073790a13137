import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../../engine/graph/mermaidText';

describe('mermaidText', () => {
  it('quotes a label and writes syntax characters as entity codes', () => {
    expect(mermaidText('a "b" [c] (d) {e} |f| <g> & #h `i`')).toBe(
      '"a #quot;b#quot; #91;c#93; #40;d#41; #123;e#125; #124;f#124; #lt;g#gt; #amp; #35;h #96;i#96;"',
    );
  });

  it('does not escape the codes it writes a second time', () => {
    expect(mermaidText('#quot;')).toBe('"#35;quot;"');
  });

  it('turns line breaks into spaces', () => {
    expect(mermaidText('Erste Zeile\n\n  Zweite Zeile\r\nDritte')).toBe('"Erste Zeile Zweite Zeile Dritte"');
  });

  it('leaves German quotes, umlauts and punctuation alone', () => {
    expect(mermaidText('„Umzug“ gewählt? Ja: 5 % mehr.')).toBe('"„Umzug“ gewählt? Ja: 5 % mehr."');
  });
});
