import {
  moveSignatory,
  removeSignatory,
  setSignatoryDate,
  setSignatoryPartnership,
  setSignatoryText,
  type Signatory,
  type SignatoryTextField,
} from '../../../shared/blocks/signatories/signatories.ts';
import { SignoffCell } from '../../signoff/SignoffCell.tsx';
import type { SignoffView } from '../BlocksContext.tsx';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';
import { PartnershipSelect } from '../PartnershipSelect.tsx';

/** One signatory: a table row of native controls, each named after the row and column. */
export function SignatoryRow({
  row,
  index,
  count,
  block,
  partnerships,
  problems,
  readOnly,
  edit,
  signoff,
}: BlockViewProps & { row: Signatory; index: number; count: number; signoff?: SignoffView }) {
  const name = row.name.trim() || `Signatory ${index + 1}`;
  const rowProblems = problemsAt(problems, { rowId: row.id });
  const setText = (field: SignatoryTextField) => (value: string) =>
    edit(() => setSignatoryText(block, row.id, field, value));
  return (
    <tr {...problemMarker(rowProblems)}>
      <td>
        <TextInput
          aria-label={`Signatory ${index + 1}: Name`}
          data-row-input={row.id}
          value={row.name}
          readOnly={readOnly}
          placeholder="Full name"
          {...problemProps(problemsAt(rowProblems, { field: 'name' }))}
          onValue={setText('name')}
        />
      </td>
      <td>
        <TextInput
          aria-label={`${name}: Designation`}
          value={row.designation}
          readOnly={readOnly}
          placeholder="e.g. Independent Chair"
          onValue={setText('designation')}
        />
      </td>
      <td>
        <PartnershipSelect
          aria-label={`${name}: Partnership`}
          value={row.partnershipId}
          partnerships={partnerships}
          emptyLabel="No partnership"
          disabled={readOnly}
          {...problemProps(rowProblems.filter((p) => p.code === 'signatory-unknown-partnership'))}
          onValue={(id) => edit(() => setSignatoryPartnership(block, row.id, id))}
        />
      </td>
      <td>
        <TextInput
          aria-label={`${name}: Signature`}
          value={row.signature}
          readOnly={readOnly}
          placeholder="Awaiting"
          onValue={setText('signature')}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={`${name}: Date`}
          value={row.date}
          readOnly={readOnly}
          onChange={(e) => edit(() => setSignatoryDate(block, row.id, e.target.value))}
        />
      </td>
      <td>
        <SignoffCell signoff={signoff} partnershipId={row.partnershipId} />
      </td>
      <td>
        <RowActions
          name={name}
          index={index}
          count={count}
          disabled={readOnly}
          onMove={(to) => edit(() => moveSignatory(block, row.id, to))}
          onRemove={() => edit(() => removeSignatory(block, row.id))}
        />
      </td>
    </tr>
  );
}
