import { identityLabel } from '../identity/identity.ts';

/** The awareness `user` field every peer publishes. */
export interface CaretUser {
  name: string;
  organisation: string;
  color: string;
}

/** The colour used when a peer's is missing or not `#rrggbb`. */
const DEFAULT_COLOR = '#1d4ed8';

/**
 * A peer's caret colour, only ever `#rrggbb`: it comes from anyone in the document and is
 * written into a style attribute, where anything else could add rules of its own.
 */
export function caretColor(user: Record<string, unknown>): string {
  const color = user.color;
  return typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : DEFAULT_COLOR;
}

/** Draws a remote caret with a label naming the person and their organisation. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' ? user.name : 'Someone';
  const organisation = typeof user.organisation === 'string' ? user.organisation : '';
  const color = caretColor(user);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = identityLabel({ name, organisation });
  caret.append(label);
  return caret;
}

/** Highlights a remote selection in the person's colour, translucent. */
export function renderSelection(user: Record<string, unknown>): { style: string; class: string } {
  const color = caretColor(user);
  return { style: `background-color: ${color}33`, class: 'collaboration-carets__selection' };
}
