/** Where in the document a problem is, precise enough to jump to and mark in place. */
export interface ProblemTarget {
  blockId?: string;
  rowId?: string;
  colId?: string;
  field?: string;
  partnershipId?: string;
}

/** One thing the drafters should fix, found by validation. */
export interface Problem {
  /** Stable across runs for the same problem, so the UI can keep focus on it. */
  id: string;
  /** Machine-readable kind, e.g. `priority-no-lead`. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  target: ProblemTarget;
}

/** Builds a problem whose id is derived from its code and target. */
export function problem(
  code: string,
  severity: Problem['severity'],
  message: string,
  target: ProblemTarget = {},
): Problem {
  const where = [target.blockId, target.rowId, target.colId, target.field, target.partnershipId]
    .map((part) => part ?? '')
    .join('/');
  return { id: `${code}@${where}`, code, severity, message, target };
}
