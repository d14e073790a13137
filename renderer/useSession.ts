import { useCallback, useRef, useSyncExternalStore } from 'react';

/** What the hook needs from an XState actor: its current snapshot and change notifications. */
export interface SnapshotSource<TSnapshot> {
  getSnapshot(): TSnapshot;
  subscribe(listener: (snapshot: TSnapshot) => void): { unsubscribe(): void };
}

/**
 * Reads a session actor's snapshot, or a part of it, and re-renders when that part changes.
 * With a selector and an equality check a component re-renders only for what it shows: the
 * progress display ignores keystrokes, the step form ignores upload progress.
 *
 * Built on `useSyncExternalStore`, so concurrent rendering never tears; the last selected value
 * is kept while `isEqual` holds, because React requires a stable result for an unchanged store.
 *
 * @example
 * const current = useSession(actor, (snapshot) => snapshot.context.current);
 * const snapshot = useSession(actor); // everything
 */
export function useSession<TSnapshot, TSelected = TSnapshot>(
  actor: SnapshotSource<TSnapshot>,
  selector: (snapshot: TSnapshot) => TSelected = identity as (snapshot: TSnapshot) => TSelected,
  isEqual: (a: TSelected, b: TSelected) => boolean = Object.is,
): TSelected {
  const last = useRef<{ snapshot: TSnapshot; selector: unknown; selected: TSelected } | undefined>(undefined);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(() => onChange());
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const select = (): TSelected => {
    const snapshot = actor.getSnapshot();
    const previous = last.current;
    if (previous !== undefined && previous.snapshot === snapshot && previous.selector === selector) return previous.selected;
    const selected = selector(snapshot);
    if (previous !== undefined && isEqual(previous.selected, selected)) {
      last.current = { snapshot, selector, selected: previous.selected };
      return previous.selected;
    }
    last.current = { snapshot, selector, selected };
    return selected;
  };
  return useSyncExternalStore(subscribe, select, select);
}

function identity<T>(value: T): T {
  return value;
}
