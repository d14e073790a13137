// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type SnapshotSource, useSession } from '../../renderer/useSession';

afterEach(cleanup);

interface Snapshot {
  step: string;
  typed: string;
}

function store(initial: Snapshot): SnapshotSource<Snapshot> & { set(next: Snapshot): void } {
  let snapshot = initial;
  const listeners = new Set<(value: Snapshot) => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return { unsubscribe: () => listeners.delete(listener) };
    },
    set(next) {
      snapshot = next;
      for (const listener of listeners) listener(next);
    },
  };
}

describe('useSession', () => {
  it('re-renders with the new snapshot', () => {
    const source = store({ step: 'person', typed: '' });
    const seen: string[] = [];
    function Step() {
      seen.push(useSession(source).step);
      return null;
    }
    render(<Step />);
    act(() => source.set({ step: 'umzug', typed: '' }));
    expect(seen).toEqual(['person', 'umzug']);
  });

  it('with a selector, re-renders only when the selected part changes', () => {
    const source = store({ step: 'person', typed: '' });
    const seen: string[] = [];
    function Progress() {
      seen.push(useSession(source, (snapshot) => snapshot.step));
      return null;
    }
    render(<Progress />);
    act(() => source.set({ step: 'person', typed: 'E' }));
    act(() => source.set({ step: 'person', typed: 'Er' }));
    act(() => source.set({ step: 'umzug', typed: 'Er' }));
    expect(seen).toEqual(['person', 'umzug']);
  });

  it('keeps the selected value while a custom equality holds', () => {
    const source = store({ step: 'person', typed: '' });
    const seen: string[][] = [];
    function Steps() {
      seen.push(useSession(source, (snapshot) => [snapshot.step], (a, b) => a[0] === b[0]));
      return null;
    }
    render(<Steps />);
    act(() => source.set({ step: 'person', typed: 'x' }));
    expect(seen).toEqual([['person']]);
  });
});
