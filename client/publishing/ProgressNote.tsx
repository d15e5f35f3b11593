/**
 * Long work in progress: an indeterminate progress bar (or a stage count) with its label,
 * announced politely to screen readers.
 */
export function ProgressNote({
  label,
  step,
  steps,
}: {
  label: string;
  /** 1-based stage, when the work has known stages. */
  step?: number;
  steps?: number;
}) {
  return (
    <div className="progress-note" role="status">
      <div
        className="progress-note__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={step !== undefined ? 0 : undefined}
        aria-valuemax={step !== undefined ? steps : undefined}
        aria-valuenow={step}
        aria-valuetext={label}
      >
        <span
          className="progress-note__fill"
          style={{ width: step !== undefined && steps ? `${(step / steps) * 100}%` : undefined }}
        />
      </div>
      <span>{label}</span>
    </div>
  );
}
