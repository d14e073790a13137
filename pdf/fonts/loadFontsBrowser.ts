import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { PdfFonts } from './PdfFonts';

/**
 * Fetches DejaVu Sans regular and bold in the browser. Vite turns the `?url` imports into
 * asset URLs, so the 1.4 MB of fonts are downloaded only when a PDF is actually made. Browser
 * only: import it from `pdf/fonts/loadFontsBrowser`, not from `pdf/index`.
 *
 * @example
 * const pdf = await renderEAkteCopy({ ...input, fonts: await loadFontsBrowser() });
 */
export async function loadFontsBrowser(fetchFont: typeof fetch = fetch): Promise<PdfFonts> {
  const load = async (url: string): Promise<Uint8Array> => {
    const response = await fetchFont(url);
    if (!response.ok) throw new Error(`loadFontsBrowser: ${url} answered ${response.status}; is the font asset deployed?`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([load(regularUrl), load(boldUrl)]);
  return { regular, bold };
}
