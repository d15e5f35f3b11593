import { problem, type Problem } from '../blocks/core/Problem.ts';
import { brokenClauseRefs } from '../clauses/resolveClauseRefs.ts';
import { protocolSchema } from '../schema.ts';

/** A cross-reference whose clause was deleted is an error: "see [missing clause]". */
export function validateClauseRefs(body: Record<string, unknown>): Problem[] {
  const doc = protocolSchema().nodeFromJSON(body);
  return brokenClauseRefs(doc).map((ref) =>
    problem(
      'clause-ref-broken',
      'error',
      'A cross-reference points to a clause that was deleted.',
      {
        field: `clauseRef:${ref.targetId}@${ref.pos}`,
      },
    ),
  );
}
