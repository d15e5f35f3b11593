import type { ImportReport } from '../../shared/importing/ImportReport.ts';
import { ImportError, MAX_IMPORT_BYTES } from '../../shared/importing/checkImportFile.ts';
import type { ImportStage } from '../../shared/importing/importStages.ts';
import { createFromTemplate } from '../documents/createFromTemplate.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';

/** A finished import: the new document's id and what became of the file. */
export interface ImportResult {
  id: string;
  report: ImportReport;
}

/**
 * Imports a file as a new document on this device (offline too; it syncs when opened).
 * A file over the limit is refused before it is read; a refused file creates nothing.
 */
export async function importFile(
  db: ProtocolDatabase,
  file: File,
  onStage: (stage: ImportStage) => void,
): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too-large',
      `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported.`,
    );
  }
  onStage('reading');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The readers (and mammoth for Word files) load only when someone imports.
  const { readImport } = await import('../../shared/importing/readImport.ts');
  const plan = await readImport(file.name, bytes, onStage);
  onStage('creating');
  const id = await createFromTemplate(db, plan.spec);
  return { id, report: plan.report };
}
