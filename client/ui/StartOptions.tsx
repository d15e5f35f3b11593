import { useState } from 'react';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';
import { examples, templates } from '../../shared/templates/catalog.ts';
import type { TemplateSpec } from '../../shared/templates/TemplateSpec.ts';
import { createFromTemplate } from '../documents/createFromTemplate.ts';
import { database } from '../session/database.ts';
import { navigate } from './navigate.ts';

/** Ways to start a protocol from something: the standard template and the examples. */
export function StartOptions() {
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState('');
  const start = async (spec: TemplateSpec) => {
    setBusy(spec.id);
    setError('');
    try {
      navigate(`${DOC_PAGE_PATH}/${await createFromTemplate(database(), spec)}`);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Could not create the document.');
      setBusy(undefined);
    }
  };
  const option = (spec: TemplateSpec, verb: string) => (
    <li key={spec.id} className="start-option">
      <span className="start-option__name">{spec.name}</span>
      <span className="start-option__description">{spec.description}</span>
      <button
        type="button"
        disabled={busy !== undefined}
        aria-label={busy === spec.id ? undefined : `${verb}: ${spec.name}`}
        onClick={() => void start(spec)}
      >
        {busy === spec.id ? 'Creating…' : verb}
      </button>
    </li>
  );
  return (
    <section className="start-options" aria-labelledby="start-heading">
      <h2 id="start-heading">Start from</h2>
      <ul>
        {templates.map((spec) => option(spec, 'New protocol from template'))}
        {examples.map((spec) => option(spec, 'Open a copy of the example'))}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
