import { useState } from 'react';
import type * as Y from 'yjs';
import { readContent } from '../../shared/document/readContent.ts';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import { partnershipLabel, type Partnership } from '../../shared/register/Partnership.ts';
import { partnershipUsages } from '../../shared/register/partnershipUsages.ts';
import {
  addPartnership,
  movePartnership,
  readRegisterText,
  registerList,
  removePartnership,
} from '../../shared/register/register.ts';
import { useYValue } from '../blocks/useYValue.ts';
import { editBlock } from '../blocks/blockEdit.ts';
import { focusSoon } from '../blocks/focusSoon.ts';
import { RowActions } from '../blocks/RowActions.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { PartnershipFields } from './PartnershipFields.tsx';

/**
 * The partnership register: the one list of boards every block refers to. Renaming here
 * renames everywhere; removing a partnership that blocks still use asks first.
 */
export function RegisterPanel({
  doc,
  partnerships,
  problems,
  readOnly,
}: {
  doc: Y.Doc;
  partnerships: Partnership[];
  problems: Problem[];
  readOnly: boolean;
}) {
  const list = registerList(doc);
  const text = useYValue([list.items], () => readRegisterText(doc));
  const [removing, setRemoving] = useState<{ partnership: Partnership; usedBy: string[] }>();

  const add = () => {
    const id = editBlock(doc, () => addPartnership(doc));
    focusSoon(`[data-partnership-field="${id}:name"]`);
  };
  const askRemove = (partnership: Partnership) => {
    const usedBy = partnershipUsages(readContent(doc), partnership.id).map((u) => u.label);
    if (usedBy.length === 0) editBlock(doc, () => removePartnership(doc, partnership.id));
    else setRemoving({ partnership, usedBy });
  };

  return (
    <div className="register">
      {partnerships.length === 0 && (
        <p className="panel__empty">
          No partnerships yet. Add each board this protocol is between; matrices, signatories and
          the glossary fill in from here.
        </p>
      )}
      <ol className="register__list">
        {partnerships.map((p, index) => (
          <li key={p.id} className="register__item">
            <fieldset>
              <legend>{p.name || 'New partnership'}</legend>
              <PartnershipFields
                doc={doc}
                partnership={p}
                text={text.get(p.id)}
                problems={problems.filter((x) => x.target.partnershipId === p.id)}
                readOnly={readOnly}
              />
              <RowActions
                name={partnershipLabel(p)}
                index={index}
                count={partnerships.length}
                disabled={readOnly}
                onMove={(to) => editBlock(doc, () => movePartnership(doc, p.id, to))}
                onRemove={() => askRemove(p)}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={readOnly}>
        Add partnership
      </button>
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.partnership.name || 'this partnership'}?`}
          confirmLabel="Remove partnership"
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            editBlock(doc, () => removePartnership(doc, removing.partnership.id));
            setRemoving(undefined);
          }}
        >
          <p>It is still used by: {removing.usedBy.join(', ')}.</p>
          <p>Its columns and rows disappear from those blocks. Undo (Ctrl+Z) brings them back.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
