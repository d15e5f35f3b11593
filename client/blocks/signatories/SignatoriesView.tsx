import { focusSoon } from '../focusSoon.ts';
import {
  addSignatory,
  signatories,
  type SignatoryInit,
} from '../../../shared/blocks/signatories/signatories.ts';
import { partnershipLabel } from '../../../shared/register/Partnership.ts';
import { useBlocks } from '../BlocksContext.tsx';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemsAt } from '../problemMarks.ts';
import { useYValue } from '../useYValue.ts';
import { SignatoryRow } from './SignatoryRow.tsx';

/** Who signs the protocol: Name / Designation / Partnership / Signature / Date. */
export function SignatoriesView(props: BlockViewProps) {
  const { block, blockId, partnerships, problems, readOnly, edit } = props;
  const data = useYValue([block], () => signatories.read(block));
  const { signoff } = useBlocks();
  const state = signoff?.state;
  const addRow = (init: SignatoryInit = {}) => {
    const id = edit(() => addSignatory(block, init));
    focusSoon(`[data-row-input="${id}"]`);
  };
  const unsigned = partnerships.filter((p) => !data.rows.some((r) => r.partnershipId === p.id));

  return (
    <div className="signatories">
      {data.rows.length === 0 ? (
        <p className="block__empty">
          No signatories yet. Add one person to sign for each partnership in the register.
        </p>
      ) : (
        <table className="grid">
          <caption className="visually-hidden">Signatories</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Designation</th>
              <th scope="col">Partnership</th>
              <th scope="col">Signature</th>
              <th scope="col">Date</th>
              <th scope="col">{state ? `Sign-off of ${state.label}` : 'Sign-off'}</th>
              <th scope="col">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row, index) => (
              <SignatoryRow
                key={row.id}
                row={row}
                index={index}
                count={data.rows.length}
                signoff={signoff}
                {...props}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="block__footer">
        <button type="button" onClick={() => addRow()} disabled={readOnly}>
          Add signatory
        </button>
        {unsigned.map((p) => (
          <button
            key={p.id}
            type="button"
            disabled={readOnly}
            {...problemMarker(problemsAt(problems, { partnershipId: p.id }))}
            onClick={() => addRow({ partnershipId: p.id })}
          >
            Add signatory for <abbr title={p.name}>{partnershipLabel(p)}</abbr>
          </button>
        ))}
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
