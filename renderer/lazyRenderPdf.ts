import type { PdfInput, RenderPdf } from '../engine/submission/PdfInput';

/**
 * The default PDF adapter: loads pdf-lib, fontkit and the fonts only when a copy is made.
 * Together they are larger than the whole form (about 500 KB gzip and 1.4 MB of fonts), and most
 * visits never reach the submit button; the dynamic imports make the bundler split them into
 * chunks of their own.
 *
 * @example
 * createFormSession(definition, { today, locale: 'de', adapters: { renderPdf: lazyRenderPdf } });
 */
export const lazyRenderPdf: RenderPdf = async (input: PdfInput) => {
  const [{ renderEAkteCopy }, { loadFontsBrowser }] = await Promise.all([
    import('../pdf/renderEAkteCopy'),
    import('../pdf/fonts/loadFontsBrowser'),
  ]);
  const fonts = await loadFontsBrowser();
  return renderEAkteCopy({ ...input, fonts });
};
