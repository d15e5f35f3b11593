import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import type { Partnership, PartnershipField } from '../../shared/register/Partnership.ts';
import { updatePartnership } from '../../shared/register/register.ts';
import { editBlock } from '../blocks/blockEdit.ts';
import { problemProps } from '../blocks/problemMarks.ts';
import { TextInput } from '../blocks/TextInput.tsx';

const FIELDS: { field: PartnershipField; label: string; multiline?: boolean; hint?: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'acronym', label: 'Acronym' },
  { field: 'chair', label: 'Chair' },
  { field: 'statutoryBasis', label: 'Statutory basis' },
  { field: 'purpose', label: 'Purpose', multiline: true },
  { field: 'duties', label: 'Statutory duties', multiline: true, hint: 'one per line' },
  { field: 'priorities', label: 'Priorities', multiline: true, hint: 'one per line' },
];

/** The editable fields of one partnership in the register. */
export function PartnershipFields({
  doc,
  partnership,
  text,
  problems,
  readOnly,
}: {
  doc: Y.Doc;
  partnership: Partnership;
  /** The fields as typed. */
  text: Record<PartnershipField, string> | undefined;
  problems: Problem[];
  readOnly: boolean;
}) {
  return (
    <div className="register__fields">
      {FIELDS.map(({ field, label, multiline, hint }) => (
        <label key={field} className="field">
          <span>
            {label}
            {hint && <span className="field__hint"> ({hint})</span>}
          </span>
          <TextInput
            multiline={multiline}
            readOnly={readOnly}
            value={text?.[field] ?? ''}
            data-partnership-field={`${partnership.id}:${field}`}
            {...problemProps(problems.filter((p) => p.target.field === field))}
            onValue={(v) => editBlock(doc, () => updatePartnership(doc, partnership.id, field, v))}
          />
        </label>
      ))}
    </div>
  );
}
