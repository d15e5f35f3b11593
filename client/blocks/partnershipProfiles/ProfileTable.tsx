import type { Partnership, PartnershipField } from '../../../shared/register/Partnership.ts';
import { partnershipLabel } from '../../../shared/register/Partnership.ts';
import { updatePartnership } from '../../../shared/register/register.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemProps, problemsAt } from '../problemMarks.ts';
import { TextInput } from '../TextInput.tsx';

const ROWS: { field: PartnershipField; label: string; list?: boolean }[] = [
  { field: 'chair', label: 'Chair' },
  { field: 'purpose', label: 'Board purpose' },
  { field: 'duties', label: 'Statutory duties', list: true },
  { field: 'priorities', label: 'Board priorities', list: true },
];

type Props = Pick<BlockViewProps, 'doc' | 'problems' | 'readOnly' | 'edit'> & {
  partnership: Partnership;
  /** The register's fields as typed (multi-line fields unsplit). */
  text: Record<PartnershipField, string> | undefined;
  showChair: boolean;
};

/** One partnership's roles table: chair (optionally), purpose, duties and priorities. */
export function ProfileTable({
  doc,
  problems,
  readOnly,
  edit,
  partnership: p,
  text,
  showChair,
}: Props) {
  const name = p.name.trim() || partnershipLabel(p);
  const heading = p.name.trim() && p.acronym.trim() ? `${name} (${p.acronym.trim()})` : name;
  const rows = ROWS.filter((row) => showChair || row.field !== 'chair');
  return (
    <table className="grid profile">
      <caption className="profile__caption">{heading}</caption>
      <tbody>
        {rows.map(({ field, label, list }) => (
          <tr key={field}>
            <th scope="row">{label}</th>
            <td>
              {readOnly && list ? (
                <ul className="profile__list">
                  {p[field === 'duties' ? 'duties' : 'priorities'].map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : (
                <TextInput
                  multiline={field !== 'chair'}
                  aria-label={`${name}: ${label.toLowerCase()}${list ? ', one per line' : ''}`}
                  value={text?.[field] ?? ''}
                  readOnly={readOnly}
                  placeholder={list ? 'One per line' : undefined}
                  {...problemProps(problemsAt(problems, { partnershipId: p.id, field }))}
                  onValue={(v) => edit(() => updatePartnership(doc, p.id, field, v))}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
