/** Move up, move down and remove buttons for one row, named after the row for screen readers. */
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
  return (
    <span className="row-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        disabled={disabled || index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${name}`}
        disabled={disabled}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}
