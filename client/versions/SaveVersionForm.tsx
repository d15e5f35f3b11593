import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { readContent } from '../../shared/document/readContent.ts';
import { contentHash } from '../../shared/versions/contentHash.ts';
import { nextVersionLabel } from '../../shared/versions/versionLabel.ts';
import { saveVersion, type VersionRecord } from '../../shared/versions/versionStore.ts';

/** "Save version": a label (next number suggested), a rationale, and the author's name. */
export function SaveVersionForm({
  doc,
  versions,
  author,
  readOnly,
}: {
  doc: Y.Doc;
  versions: VersionRecord[];
  author: string;
  readOnly: boolean;
}) {
  const suggested = nextVersionLabel(versions.map((v) => v.label));
  const [label, setLabel] = useState('');
  const [rationale, setRationale] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = (label || suggested).trim();
    if (versions.some((v) => v.label === chosen)) {
      setMessage(`There is already a version ${chosen}. Choose another label.`);
      return;
    }
    const hash = await contentHash(readContent(doc));
    saveVersion(doc, {
      label: chosen,
      author,
      rationale: rationale.trim(),
      createdAt: new Date().toISOString(),
      contentHash: hash,
    });
    setLabel('');
    setRationale('');
    setMessage(`Version ${chosen} saved.`);
  };
  return (
    <form className="save-version" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>Version label</span>
        <input
          value={label}
          placeholder={suggested}
          onChange={(e) => setLabel(e.target.value)}
          maxLength={20}
        />
      </label>
      <label className="field">
        <span>Rationale</span>
        <input
          value={rationale}
          placeholder="e.g. Second draft after chairs’ comments"
          onChange={(e) => setRationale(e.target.value)}
        />
      </label>
      <button type="submit" disabled={readOnly}>
        Save version {label || suggested}
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
