import { identityLabel } from '../identity/identity.ts';

/** The awareness `user` field every peer publishes. */
export interface CaretUser {
  name: string;
  organisation: string;
  color: string;
}

/** Draws a remote caret with a label naming the person and their organisation. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' ? user.name : 'Someone';
  const organisation = typeof user.organisation === 'string' ? user.organisation : '';
  const color = typeof user.color === 'string' ? user.color : '#1d4ed8';
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
  const color = typeof user.color === 'string' ? user.color : '#1d4ed8';
  return { style: `background-color: ${color}33`, class: 'collaboration-carets__selection' };
}
