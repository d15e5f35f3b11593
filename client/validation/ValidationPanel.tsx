import type { Problem } from '../../shared/blocks/core/Problem.ts';

/** Every problem in the document, errors first, each with a jump to its place. */
export function ValidationPanel({
  problems,
  onJump,
}: {
  problems: Problem[];
  onJump: (problem: Problem) => void;
}) {
  if (problems.length === 0) {
    return <p className="panel__empty">No problems found.</p>;
  }
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="problem-list">
      {sorted.map((problem) => (
        <li
          key={problem.id}
          className={`problem problem--${problem.severity}`}
          data-problem-code={problem.code}
        >
          <span className="problem__severity">
            {problem.severity === 'error' ? 'Error' : 'Warning'}
          </span>
          <span className="problem__message">{problem.message}</span>
          <button
            type="button"
            className="link-button"
            aria-label={`Go to: ${problem.message}`}
            onClick={() => onJump(problem)}
          >
            Go to
          </button>
        </li>
      ))}
    </ul>
  );
}
