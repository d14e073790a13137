import { describe, expect, it } from 'vitest';
import { markdownTable, markdownText } from '../../../engine/formDocs/markdown';

describe('markdownTable', () => {
  it('writes header, separator and rows, escaping pipes and line breaks in cells', () => {
    expect(markdownTable(['Rule', 'When'], [['umzug', 'a | b'], ['x', 'erste\nzweite']])).toBe(
      '| Rule | When |\n|---|---|\n| umzug | a \\| b |\n| x | erste<br>zweite |',
    );
  });
});

describe('markdownText', () => {
  it('escapes the characters Markdown reads as markup', () => {
    expect(markdownText('Kinder [unter 15] <neu> *fett* _kursiv_ `code` \\')).toBe(
      'Kinder \\[unter 15\\] \\<neu\\> \\*fett\\* \\_kursiv\\_ \\`code\\` \\\\',
    );
  });

  it('leaves other text and line breaks alone', () => {
    expect(markdownText('„Umzug“ gewählt: 5 % mehr!\n\n§ 60 SGB I')).toBe('„Umzug“ gewählt: 5 % mehr!\n\n§ 60 SGB I');
  });
});
