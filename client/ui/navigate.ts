const listeners = new Set<() => void>();

/** Moves to another page of the app without reloading it. */
export function navigate(href: string): void {
  history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the app's location changes (links, back, forward). */
export function onNavigate(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
