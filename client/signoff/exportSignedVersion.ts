import type * as Y from 'yjs';
import { titleText } from '../../shared/document/docFields.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import { signedVersionFile } from '../../shared/versions/signoff/signedVersionFile.ts';
import { saveFile } from '../publishing/buildExport.ts';

/** A file name from the title and label, e.g. "joint-working-protocol-1.0-signed.json". */
function fileName(title: string, label: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'protocol'}-${label.replace(/[^A-Za-z0-9.]+/g, '-')}-signed.json`;
}

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
  const name = fileName(titleText(doc).toString(), file.version.label);
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  saveFile({ blob, fileName: name });
}
