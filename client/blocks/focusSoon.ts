/** Focuses the element matching `selector` once the change that renders it has been drawn. */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** Whether keyboard focus was lost (to the page) rather than moved on by the person. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * After a change that may have taken focus away (a disabled or removed button), puts it
 * back on `element` — only if focus really was lost, never undoing a move the person made.
 */
export function focusSoonElement(element: HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    if (focusLost() && element?.isConnected) element.focus();
  });
}

/** Like `focusSoonElement`, for the first match of `selector` inside `container`. */
export function focusSoonWithin(container: Element | null | undefined, selector: string): void {
  requestAnimationFrame(() => {
    if (focusLost() && container?.isConnected)
      container.querySelector<HTMLElement>(selector)?.focus();
  });
}
