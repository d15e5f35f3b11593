/** Focuses the element matching `selector` once the change that renders it has been drawn. */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** Focuses `element` again once the change it caused has been drawn (if still on the page). */
export function focusSoonElement(element: HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    if (element?.isConnected) element.focus();
  });
}

/** Once the change has been drawn, focuses the first match of `selector` inside `container`. */
export function focusSoonWithin(container: Element | null | undefined, selector: string): void {
  requestAnimationFrame(() => {
    if (container?.isConnected) container.querySelector<HTMLElement>(selector)?.focus();
  });
}
