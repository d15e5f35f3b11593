import type * as Y from 'yjs';
import { titleText } from '../../shared/document/docFields.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import {
  signedVersionFile,
  signedVersionFileName,
} from '../../shared/versions/signoff/signedVersionFile.ts';
import { saveFile } from '../publishing/buildExport.ts';

/**
 * Downloads a named version with its content and every signature made for it, for
 * `npm run verify` to check with no network.
 */
export async function exportSignedVersion(
  doc: Y.Doc,
  docId: string,
  versionId: string,
  relayKeys: ReadonlyMap<string, PublicKeyJwk>,
): Promise<void> {
  const file = await signedVersionFile(doc, docId, versionId, [...relayKeys.values()]);
  if (!file) throw new Error('This version cannot be found.');
  const name = signedVersionFileName(titleText(doc).toString(), file.version.label);
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  saveFile({ blob, fileName: name });
}
