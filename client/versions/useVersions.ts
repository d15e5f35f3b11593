import type * as Y from 'yjs';
import {
  readVersions,
  versionList,
  type VersionRecord,
} from '../../shared/versions/versionStore.ts';
import { useYValue } from '../blocks/useYValue.ts';

/** The document's named versions, oldest first, kept current as anyone saves one. */
export function useVersions(doc: Y.Doc): VersionRecord[] {
  const list = versionList(doc);
  return useYValue([list.order, list.items], () => readVersions(doc));
}
