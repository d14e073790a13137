/**
 * Characters Mermaid reads as syntax inside a label, replaced by Mermaid's entity codes
 * (`#quot;`, `#35;`, …), which it turns back into the characters when it draws. `#` comes first
 * so the codes written for the others are not escaped again.
 */
const replacements: [RegExp, string][] = [
  [/#/g, '#35;'],
  [/"/g, '#quot;'],
  [/&/g, '#amp;'],
  [/</g, '#lt;'],
  [/>/g, '#gt;'],
  [/\[/g, '#91;'],
  [/\]/g, '#93;'],
  [/\(/g, '#40;'],
  [/\)/g, '#41;'],
  [/\{/g, '#123;'],
  [/\}/g, '#125;'],
  [/\|/g, '#124;'],
  [/`/g, '#96;'],
];

/**
 * A text as a quoted Mermaid label: special characters (quotes, brackets, pipes, `#`, `<`, `>`,
 * `&`, backticks) as entity codes and line breaks as spaces, so any step title or option text
 * leaves the diagram source intact.
 *
 * @example
 * mermaidText('Kind [unter 15] "neu"'); // '"Kind #91;unter 15#93; #quot;neu#quot;"'
 */
export function mermaidText(text: string): string {
  let escaped = text.replace(/\s*[\r\n]+\s*/g, ' ');
  for (const [pattern, code] of replacements) escaped = escaped.replace(pattern, code);
  return `"${escaped}"`;
}
