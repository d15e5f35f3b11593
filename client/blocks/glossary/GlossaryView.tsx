import { focusSoon } from '../focusSoon.ts';
import {
  addGlossaryEntry,
  glossary,
  registerEntries,
  sortGlossaryEntries,
} from '../../../shared/blocks/glossary/glossary.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker } from '../problemMarks.ts';
import { RowsTable } from '../RowsTable.tsx';
import { useYValue } from '../useYValue.ts';
import { GlossaryEntryRow } from './GlossaryEntryRow.tsx';

/** Acronyms and meanings: typed entries, then the register's partnerships (read-only). */
export function GlossaryView(props: BlockViewProps) {
  const { block, blockId, partnerships, problems, readOnly, edit } = props;
  const data = useYValue([block], () => glossary.read(block));
  const fromRegister = registerEntries(partnerships);
  const undefinedAcronyms = problems.filter((p) => p.code === 'acronym-undefined');
  const addEntry = (acronym = '') => {
    const id = edit(() => addGlossaryEntry(block, { acronym }));
    const field = acronym ? 'meaning' : 'acronym';
    focusSoon(`[data-entry-input="${id}-${field}"]`);
  };

  return (
    <div className="glossary">
      {data.entries.length === 0 && fromRegister.length === 0 ? (
        <p className="block__empty">
          No acronyms yet. Add each acronym the protocol uses with its meaning; the partnerships’
          acronyms from the register appear here by themselves.
        </p>
      ) : (
        <RowsTable caption="Glossary" columns={['Acronym', 'Meaning']}>
          <tbody>
            {data.entries.map((entry, index) => (
              <GlossaryEntryRow
                key={entry.id}
                {...props}
                entry={entry}
                index={index}
                count={data.entries.length}
              />
            ))}
          </tbody>
          {fromRegister.length > 0 && (
            <tbody>
              <tr>
                <th scope="rowgroup" colSpan={3}>
                  From the partnership register (edit them in the Partnerships panel)
                </th>
              </tr>
              {fromRegister.map((entry) => (
                <tr key={entry.partnershipId}>
                  <td>{entry.acronym}</td>
                  <td>{entry.meaning || 'Unnamed partnership'}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          )}
        </RowsTable>
      )}
      <div className="block__footer">
        <button type="button" onClick={() => addEntry()} disabled={readOnly}>
          Add acronym
        </button>
        <button
          type="button"
          onClick={() => edit(() => sortGlossaryEntries(block))}
          disabled={readOnly || data.entries.length < 2}
        >
          Sort A–Z
        </button>
      </div>
      {undefinedAcronyms.length > 0 && (
        <div className="block__footer">
          <span>Used in the text but not defined:</span>
          {undefinedAcronyms.map((p) => (
            <button
              key={p.id}
              type="button"
              disabled={readOnly}
              {...problemMarker([p])}
              onClick={() => addEntry(p.target.field)}
            >
              Define {p.target.field}
            </button>
          ))}
        </div>
      )}
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
