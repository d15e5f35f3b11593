import {
  moveGlossaryEntry,
  removeGlossaryEntry,
  setGlossaryText,
  type GlossaryEntry,
} from '../../../shared/blocks/glossary/glossary.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';

/** One typed glossary entry: acronym, meaning and row actions. */
export function GlossaryEntryRow({
  entry,
  index,
  count,
  block,
  problems,
  readOnly,
  edit,
}: BlockViewProps & { entry: GlossaryEntry; index: number; count: number }) {
  const name = entry.acronym.trim() || `Entry ${index + 1}`;
  const rowProblems = problemsAt(problems, { rowId: entry.id });
  return (
    <tr {...problemMarker(rowProblems)}>
      <td>
        <TextInput
          aria-label={`Entry ${index + 1}: Acronym`}
          data-entry-input={`${entry.id}-acronym`}
          value={entry.acronym}
          readOnly={readOnly}
          placeholder="e.g. JSNA"
          {...problemProps(problemsAt(rowProblems, { field: 'acronym' }))}
          onValue={(v) => edit(() => setGlossaryText(block, entry.id, 'acronym', v))}
        />
      </td>
      <td>
        <TextInput
          aria-label={`${name}: Meaning`}
          data-entry-input={`${entry.id}-meaning`}
          value={entry.meaning}
          readOnly={readOnly}
          {...problemProps(problemsAt(rowProblems, { field: 'meaning' }))}
          onValue={(v) => edit(() => setGlossaryText(block, entry.id, 'meaning', v))}
        />
      </td>
      <td>
        <RowActions
          name={name}
          index={index}
          count={count}
          disabled={readOnly}
          onMove={(to) => edit(() => moveGlossaryEntry(block, entry.id, to))}
          onRemove={() => edit(() => removeGlossaryEntry(block, entry.id))}
        />
      </td>
    </tr>
  );
}
