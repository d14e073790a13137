import type { VordruckInput } from '../pdf/vordruck/buildVordruckModel';

/**
 * The blank copy of an Anlage to print (see pdf/vordruck), loading pdf-lib, fontkit and the
 * fonts only when the citizen asks for it, like lazyRenderPdf.
 *
 * @example
 * const bytes = await lazyRenderVordruck({ definition: eb, person: { vorname: 'Julia', nachname: 'Fischer' } });
 */
export async function lazyRenderVordruck(input: VordruckInput): Promise<Uint8Array> {
  const [{ buildVordruckModel }, { renderVordruck }, { loadFontsBrowser }] = await Promise.all([
    import('../pdf/vordruck/buildVordruckModel'),
    import('../pdf/vordruck/renderVordruck'),
    import('../pdf/fonts/loadFontsBrowser'),
  ]);
  return renderVordruck(buildVordruckModel(input), await loadFontsBrowser());
}
