import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import type { Partnership } from '../../shared/register/Partnership.ts';

/** What a block's React view receives. Views render and dispatch; logic lives in shared/. */
export interface BlockViewProps {
  doc: Y.Doc;
  /** The block's data map. */
  block: Y.Map<unknown>;
  blockId: string;
  /** The register, in order. */
  partnerships: Partnership[];
  /** This block's validation problems, to mark in place. */
  problems: Problem[];
  readOnly: boolean;
  /** Runs a change as one undoable edit of this person's; returns what the change returns. */
  edit: <T>(change: () => T) => T;
}
