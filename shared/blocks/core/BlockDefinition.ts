import type * as Y from 'yjs';
import type { Partnership } from '../../register/Partnership.ts';
import type { Problem } from './Problem.ts';

/** What validation of one block can see besides the block itself. */
export interface BlockContext {
  /** The register, in order. */
  partnerships: Partnership[];
  /** The document body's plain text (blocks excluded), e.g. to find acronyms in use. */
  bodyText: string;
  /** Today as an ISO date (YYYY-MM-DD), for date rules such as a past review date. */
  today: string;
}

/**
 * One kind of structured block. The data lives in the document's `blocks` map under the
 * block's id, as Yjs types chosen so concurrent edits merge at the finest sensible grain;
 * the editor's node only holds the id. Everything here is pure: no DOM, no React.
 */
export interface BlockDefinition<Data = unknown> {
  /** Node name in the editor schema and `type` in the stored data. */
  type: string;
  /** Name in menus, e.g. "Priority matrix". */
  label: string;
  /** One line for the slash menu. */
  description: string;
  /** Extra words the slash menu matches. */
  keywords: string[];
  /** Fills a fresh, already-attached block map with the block's initial structure. */
  create(block: Y.Map<unknown>, context: Pick<BlockContext, 'partnerships'>): void;
  /** The block as plain data: what export, validation, hashing and comparison use. */
  read(block: Y.Map<unknown>): Data;
  /** Problems in this block. */
  validate(data: Data, context: BlockContext, blockId: string): Problem[];
  /** Whether the block refers to a partnership (so removing it asks first). */
  usesPartnership(data: Data, partnershipId: string): boolean;
}
