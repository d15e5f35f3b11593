import { useRef, useState } from 'react';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from '../../shared/importing/checkImportFile.ts';
import { IMPORT_STAGES, type ImportStage } from '../../shared/importing/importStages.ts';
import { database } from '../session/database.ts';
import { importFile, type ImportResult } from './importFile.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { ProgressNote } from './ProgressNote.tsx';

const STAGES = Object.keys(IMPORT_STAGES) as ImportStage[];

/** "Import a file" on the document list: a Word, Markdown or text file becomes a new protocol. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [stage, setStage] = useState<ImportStage>();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const start = async (file: File) => {
    setResult(undefined);
    setError('');
    setStage('reading');
    try {
      const imported = await importFile(database(), file, setStage);
      setResult(imported);
      onImported();
      requestAnimationFrame(() => document.getElementById('import-report-heading')?.focus());
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The file could not be imported.');
    } finally {
      setStage(undefined);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a file</h2>
      <p className="import-panel__hint" id="import-hint">
        A Word document (.docx), Markdown (.md) or text (.txt) file, up to{' '}
        {MAX_IMPORT_BYTES / 1024 / 1024} MB, becomes a new protocol. Tables that match a structured
        block become that block.
      </p>
      <label className="import-panel__label">
        Choose a file to import
        <input
          ref={input}
          type="file"
          accept={IMPORT_ACCEPT}
          aria-describedby="import-hint"
          disabled={stage !== undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void start(file);
          }}
        />
      </label>
      {stage && (
        <ProgressNote
          label={IMPORT_STAGES[stage]}
          step={STAGES.indexOf(stage) + 1}
          steps={STAGES.length}
        />
      )}
      {error && (
        <p role="alert" className="form-error">
          {error} Nothing was created.
        </p>
      )}
      {result && <ImportReportView id={result.id} report={result.report} />}
    </section>
  );
}
