import type { MouseEvent } from 'react';
import { focusLost, focusSoonElement as refocus } from './focusSoon.ts';

/** After a move: the same button, or if it became disabled (top or bottom) the next usable one. */
function refocusAfterMove(button: HTMLButtonElement): void {
  requestAnimationFrame(() => {
    if (!focusLost() || !button.isConnected) return;
    const target = button.disabled
      ? button.closest('.row-actions')?.querySelector<HTMLButtonElement>('button:not([disabled])')
      : button;
    target?.focus();
  });
}

/**
 * Move up, move down and remove buttons for one row, named after the row for screen
 * readers. Focus never falls to the page: a moved row keeps it on the same button (or the
 * next usable one at the top or bottom), and after a removal it goes to the neighbouring
 * row's remove button.
 */
export function RowActions({
  name,
  index,
  count,
  onMove,
  onRemove,
  disabled,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  disabled?: boolean;
}) {
  const move = (to: number) => (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    onMove(to);
    refocusAfterMove(button);
  };
  const remove = (event: MouseEvent<HTMLButtonElement>) => {
    const row = event.currentTarget.closest('tr, li, [data-row]');
    const neighbour = (
      row?.nextElementSibling ?? row?.previousElementSibling
    )?.querySelector<HTMLElement>('[data-row-action="remove"]');
    onRemove();
    refocus(neighbour);
  };
  const canUp = index > 0;
  const canDown = index < count - 1;
  return (
    <span className="row-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        disabled={disabled || !canUp}
        data-row-action="up"
        onClick={move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        disabled={disabled || !canDown}
        data-row-action="down"
        onClick={move(index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${name}`}
        disabled={disabled}
        data-row-action="remove"
        onClick={remove}
      >
        ×
      </button>
    </span>
  );
}
