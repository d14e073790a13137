import { describe, expect, it } from 'vitest';
import { loadFontsNode } from '../../../pdf/fonts/loadFontsNode';

const TRUETYPE_MAGIC = [0x00, 0x01, 0x00, 0x00];

describe('loadFontsNode', () => {
  it('reads DejaVu Sans regular and bold from node_modules', async () => {
    const fonts = await loadFontsNode();
    expect([...fonts.regular.slice(0, 4)]).toEqual(TRUETYPE_MAGIC);
    expect([...fonts.bold.slice(0, 4)]).toEqual(TRUETYPE_MAGIC);
    expect(fonts.regular.length).toBe(757076);
    expect(fonts.bold.length).toBe(705684);
  });
});
