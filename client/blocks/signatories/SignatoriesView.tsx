import { focusSoon } from '../focusSoon.ts';
import {
  addSignatory,
  signatories,
  type SignatoryInit,
} from '../../../shared/blocks/signatories/signatories.ts';
import { useBlocks } from '../BlocksContext.tsx';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemsAt } from '../problemMarks.ts';
import { PartnershipAbbr } from '../PartnershipAbbr.tsx';
import { RowsTable } from '../RowsTable.tsx';
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
        <RowsTable
          caption="Signatories"
          columns={[
            'Name',
            'Designation',
            'Partnership',
            'Signature',
            'Date',
            state ? `Sign-off of ${state.label}` : 'Sign-off',
          ]}
        >
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
        </RowsTable>
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
            Add signatory for <PartnershipAbbr partnership={p} />
          </button>
        ))}
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
