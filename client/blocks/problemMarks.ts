import type { Problem, ProblemTarget } from '../../shared/blocks/core/Problem.ts';

/** Problems aimed exactly at this place (every given part of the target must match). */
export function problemsAt(problems: Problem[], at: ProblemTarget): Problem[] {
  return problems.filter((p) =>
    (Object.keys(at) as (keyof ProblemTarget)[]).every((key) => p.target[key] === at[key]),
  );
}

/**
 * Attributes that mark an element as the place of some problems: invalid to assistive
 * technology, described by the messages, and findable by the validation panel's jump.
 */
export function problemProps(found: Problem[]): {
  'aria-invalid'?: true;
  'data-problem-ids'?: string;
  title?: string;
} {
  if (found.length === 0) return {};
  return {
    'aria-invalid': true,
    'data-problem-ids': found.map((p) => p.id).join(' '),
    title: found.map((p) => p.message).join('\n'),
  };
}

/** Marks a non-control element (row, cell) as a problem's place: a class and the jump target. */
export function problemMarker(found: Problem[]): {
  className?: string;
  'data-problem-ids'?: string;
} {
  if (found.length === 0) return {};
  return { className: 'has-problem', 'data-problem-ids': found.map((p) => p.id).join(' ') };
}
