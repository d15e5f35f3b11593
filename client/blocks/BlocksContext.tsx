import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import type { Partnership } from '../../shared/register/Partnership.ts';
import type { SignoffState } from '../../shared/versions/signoff/signoffState.ts';

/** Sign-off as the signatories and header blocks show it. */
export interface SignoffView {
  /** The sign-off of the version proposed last, when there is one. */
  state: SignoffState | undefined;
  /** The partnership this person signs for, when they are its chair. */
  chairPartnershipId: string | undefined;
  /** Signs the proposed version; rejects with a message people can read. */
  sign(versionId: string): Promise<void>;
}

/** What every block view needs from the open document. */
export interface BlocksContextValue {
  doc: Y.Doc;
  /** The register, in order, kept current. */
  partnerships: Partnership[];
  /** Current validation problems, by block id. */
  problemsByBlock: ReadonlyMap<string, Problem[]>;
  readOnly: boolean;
  /** Absent where nothing can be signed (a version opened read-only). */
  signoff?: SignoffView;
}

export const BlocksContext = createContext<BlocksContextValue | null>(null);

/** The open document's block context; block views only render inside the editor. */
export function useBlocks(): BlocksContextValue {
  const value = useContext(BlocksContext);
  if (!value) throw new Error('Block views render inside <BlocksContext.Provider>');
  return value;
}
