import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../../engine/conditions/resolvePath';

describe('resolvePath', () => {
  const scope = { answers: { a: { b: [10, 20] } }, item: { name: 'Ada', kind: { alter: 4 } }, today: '2026-03-10' };

  it('reads /paths from the answers and ./paths from the item', () => {
    expect(resolvePath('/a/b/1', scope)).toBe(20);
    expect(resolvePath('./kind/alter', scope)).toBe(4);
    expect(resolvePath('.', scope)).toEqual(scope.item);
  });

  it('gives undefined for ./paths without an item', () => {
    expect(resolvePath('./name', { answers: {}, today: '2026-03-10' })).toBeUndefined();
  });
});
