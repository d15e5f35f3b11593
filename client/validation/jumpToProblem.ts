import type { Problem } from '../../shared/blocks/core/Problem.ts';

const FOCUSABLE = 'input, select, textarea, button:not([disabled]), [tabindex]';

/**
 * Moves focus to where a problem is: the exact field when a view marked it, otherwise
 * the first field of its block. Returns false when the place is not on screen.
 */
export function jumpToProblem(problem: Problem, root: ParentNode = document): boolean {
  const exact = root.querySelector<HTMLElement>(`[data-problem-ids~="${CSS.escape(problem.id)}"]`);
  const block = problem.target.blockId
    ? root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(problem.target.blockId)}"]`)
    : null;
  const place = exact ?? block;
  if (!place) return false;
  const target = place.matches(FOCUSABLE) ? place : place.querySelector<HTMLElement>(FOCUSABLE);
  place.scrollIntoView({ block: 'center' });
  (target ?? place).focus();
  return true;
}
