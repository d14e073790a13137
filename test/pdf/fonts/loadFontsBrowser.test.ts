import { describe, expect, it } from 'vitest';
import { loadFontsBrowser } from '../../../pdf/fonts/loadFontsBrowser';

describe('loadFontsBrowser', () => {
  it('fetches the regular and bold TTF assets only when called', async () => {
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      return new Response(new Uint8Array([url.includes('Bold') ? 2 : 1]));
    }) as typeof fetch;
    const fonts = await loadFontsBrowser(fakeFetch);
    expect(requested.map((url) => url.split('/').pop())).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    expect([...fonts.regular, ...fonts.bold]).toEqual([1, 2]);
  });

  it('says which asset is missing when the server does not deliver it', async () => {
    const notFound = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(loadFontsBrowser(notFound)).rejects.toThrow(/DejaVuSans.*\.ttf answered 404/);
  });
});
