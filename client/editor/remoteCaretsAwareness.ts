import type { Awareness } from 'y-protocols/awareness';

/** What an awareness `change` event carries. */
interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

type Listener = (change: AwarenessChange, origin: unknown) => void;

/**
 * The awareness the remote-caret plugin is given: the same states, but its `change`
 * listeners do not hear changes to this device's own state alone. The plugin redraws
 * every remote caret (one more editor transaction) on any change, and this device's own
 * caret moves with every key it types; its own caret is not drawn, so those redraws were
 * pure cost on the keystroke's path.
 */
export function remoteCaretsAwareness(awareness: Awareness): Awareness {
  const wrapped = new WeakMap<Listener, Listener>();
  const othersOnly = (listener: Listener): Listener => {
    let filtered = wrapped.get(listener);
    if (!filtered) {
      filtered = (change, origin) => {
        const own = awareness.clientID;
        const onlyOwn =
          change.added.length === 0 &&
          change.removed.length === 0 &&
          change.updated.every((id) => id === own);
        if (!onlyOwn) listener(change, origin);
      };
      wrapped.set(listener, filtered);
    }
    return filtered;
  };
  return new Proxy(awareness, {
    get(target, key, receiver) {
      if (key === 'on' || key === 'off') {
        return (name: string, listener: Listener) =>
          name === 'change'
            ? target[key](name, othersOnly(listener))
            : target[key](name as 'update', listener);
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
