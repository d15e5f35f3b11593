import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads plain data out of a Yjs type and re-renders when it (or anything inside it)
 * changes. `read` must be pure; its result is cached until the next change.
 */
export function useYValue<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are invariant in their event type
  types: Y.AbstractType<any>[],
  read: () => T,
  deep = true,
): T {
  const cache = useRef<{ value: T } | undefined>(undefined);
  const readRef = useRef(read);
  readRef.current = read;

  const subscribe = useCallback(
    (onChange: () => void) => {
      cache.current = undefined;
      const handler = () => {
        cache.current = undefined;
        onChange();
      };
      for (const type of types) {
        if (deep) type.observeDeep(handler);
        else type.observe(handler);
      }
      return () => {
        for (const type of types) {
          if (deep) type.unobserveDeep(handler);
          else type.unobserve(handler);
        }
      };
    },
    [deep, ...types],
  );

  const snapshot = useCallback(() => {
    cache.current ??= { value: readRef.current() };
    return cache.current.value;
  }, []);

  return useSyncExternalStore(subscribe, snapshot);
}
