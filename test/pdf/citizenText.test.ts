import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontsNode } from '../../pdf/fonts/loadFontsNode';
import type { PdfFonts } from '../../pdf/fonts/PdfFonts';
import { renderDocument } from '../../pdf/renderDocument';
import { sampleModel } from '../fixtures/pdf/sampleModel';
import { pdfInfo, pdfText, qpdfCheck, requirePdfTools, writeTempPdf } from './pdfTools';

let fonts: PdfFonts;

beforeAll(async () => {
  requirePdfTools();
  fonts = await loadFontsNode();
});

function withRow(label: string, value: string) {
  const model = sampleModel();
  model.sections[1]?.rows.push({ path: '/umzug/bemerkung', label, value, depth: 0 });
  return model;
}

describe('text a citizen can type', () => {
  it('replaces characters DejaVu Sans lacks, control characters and lone surrogates, and keeps the rest', async () => {
    const model = withRow('Bemerkung', 'Grüße 😀 漢字 \u0000\u0007\u001b \uD800 \uDFFF Ende');
    const path = writeTempPdf(await renderDocument(model, fonts));
    const text = pdfText(path);
    expect(text).toContain('Grüße 😀 �� ��� � � Ende');
    expect(pdfInfo(path)['Keywords']).toContain('ersetzte-zeichen:7');
    expect(pdfText(path, 1)).toContain('Hinweis: 7 Zeichen konnten in dieser Schrift nicht dargestellt werden');
    expect(qpdfCheck(path).status).toBe(0);
  });

  it('says nothing about substitutions when every character could be drawn', async () => {
    const path = writeTempPdf(await renderDocument(sampleModel(), fonts));
    expect(pdfInfo(path)['Keywords']).toContain('ersetzte-zeichen:0');
    expect(pdfText(path, 1)).not.toContain('Hinweis:');
  });

  it('wraps a 5,000-character answer over lines and pages without losing a word', async () => {
    const words = Array.from({ length: 833 }, (_, index) => `w${String(index).padStart(4, '0')}`);
    const value = words.join(' ');
    expect(value.length).toBe(4997);
    const path = writeTempPdf(await renderDocument(withRow('Bemerkung', value), fonts));
    const text = pdfText(path);
    expect(text.match(/w\d{4}/g)).toEqual(words);
    // cover, three pages of answers
    expect(pdfInfo(path)['Pages']).toBe('4');
    expect(pdfText(path, 3)).toContain('Umzug (Fortsetzung)');
    expect(pdfText(path, 4)).toContain('Umzug (Fortsetzung)');
    const longest = Math.max(...text.split('\n').filter((line) => /w\d{4}/.test(line)).map((line) => line.trim().length));
    expect(longest).toBeLessThan(80);
  });

  it('breaks a word longer than a line between characters', async () => {
    const word = 'x'.repeat(300);
    const path = writeTempPdf(await renderDocument(withRow('Link', word), fonts));
    const pieces = pdfText(path, 2).split('\n').map((line) => line.replace(/^\s*(Link)?\s*/, '')).filter((line) => /^x+$/.test(line));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(word);
  });

  it('draws a row with an empty label and a value of only line breaks', async () => {
    const path = writeTempPdf(await renderDocument(withRow('', '\n\n\r\n'), fonts));
    expect(pdfInfo(path)['Pages']).toBe('2');
  });
});

describe('any Unicode at all', () => {
  it('renders scripts, emoji sequences and random code points from every plane without throwing', async () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const noise = Array.from({ length: 3000 }, () => String.fromCodePoint(Math.floor(random() * 0x110000))).join('');
    const scripts = 'مرحبا שלום नमस्ते สวัสดี 👨‍👩‍👧 🇩🇪 ✌️ a\u0300\u0301\u0302 \u202eumgekehrt\u202c \u200b\ufeff Ende';
    const model = withRow(`Frage ${scripts}`, `${scripts}\n${noise}`);
    const path = writeTempPdf(await renderDocument(model, fonts));
    expect(qpdfCheck(path).status).toBe(0);
    expect(pdfText(path)).toContain('Ende');
  });
});
