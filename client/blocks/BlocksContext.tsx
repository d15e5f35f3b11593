import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import type { Partnership } from '../../shared/register/Partnership.ts';

/** What every block view needs from the open document. */
export interface BlocksContextValue {
  doc: Y.Doc;
  /** The register, in order, kept current. */
  partnerships: Partnership[];
  /** Current validation problems, by block id. */
  problemsByBlock: ReadonlyMap<string, Problem[]>;
  readOnly: boolean;
}

export const BlocksContext = createContext<BlocksContextValue | null>(null);

/** The open document's block context; block views only render inside the editor. */
export function useBlocks(): BlocksContextValue {
  const value = useContext(BlocksContext);
  if (!value) throw new Error('Block views render inside <BlocksContext.Provider>');
  return value;
}
