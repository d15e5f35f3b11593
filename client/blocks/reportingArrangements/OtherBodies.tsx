import { focusSoon } from '../focusSoon.ts';
import {
  addOtherBody,
  moveOtherBody,
  removeOtherBody,
  renameOtherBody,
  type ReportingArrangementsData,
} from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';

type Props = Pick<BlockViewProps, 'block' | 'blockId' | 'problems' | 'readOnly' | 'edit'> & {
  bodies: ReportingArrangementsData['otherBodies'];
};

/** The receiving bodies outside the register (e.g. a scrutiny committee): extra columns. */
export function OtherBodies({ block, blockId, bodies, problems, readOnly, edit }: Props) {
  const add = () => {
    const id = edit(() => addOtherBody(block));
    focusSoon(`[data-body-input="${id}"]`);
  };
  const headingId = `${blockId}-other-bodies`;
  return (
    <div className="other-bodies" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="other-bodies__heading">
        Other receiving bodies
      </p>
      {bodies.length === 0 ? (
        <p className="block__empty">
          None. Add bodies outside the register that receive reports, such as a scrutiny committee;
          each becomes a column after the partnerships.
        </p>
      ) : (
        <ol className="other-bodies__list">
          {bodies.map((body, index) => (
            <li key={body.id}>
              <TextInput
                aria-label={`Other body ${index + 1} name`}
                data-body-input={body.id}
                value={body.name}
                readOnly={readOnly}
                placeholder="e.g. Scrutiny Committee"
                {...problemProps(problemsAt(problems, { colId: body.id, field: 'name' }))}
                onValue={(v) => edit(() => renameOtherBody(block, body.id, v))}
              />
              <RowActions
                name={body.name.trim() || `other body ${index + 1}`}
                index={index}
                count={bodies.length}
                disabled={readOnly}
                onMove={(to) => edit(() => moveOtherBody(block, body.id, to))}
                onRemove={() => edit(() => removeOtherBody(block, body.id))}
              />
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={add} disabled={readOnly}>
        Add other body
      </button>
    </div>
  );
}
