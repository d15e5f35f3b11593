import {
  moveTheme,
  removeTheme,
  setResponsibility,
  setThemeTitle,
  type SharedResponsibilitiesData,
} from '../../../shared/blocks/sharedResponsibilities/sharedResponsibilities.ts';
import { partnershipLabel } from '../../../shared/register/Partnership.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';

type Props = Pick<BlockViewProps, 'block' | 'partnerships' | 'problems' | 'readOnly' | 'edit'> & {
  theme: SharedResponsibilitiesData['themes'][number];
  row: SharedResponsibilitiesData['cells'][string] | undefined;
  index: number;
  count: number;
};

/** One theme: its name, then a paragraph per partnership. */
export function ThemeRow({
  block,
  partnerships,
  problems,
  readOnly,
  edit,
  theme,
  row,
  ...at
}: Props) {
  const name = theme.title.trim() || 'untitled theme';
  const here = problemsAt(problems, { rowId: theme.id });
  return (
    <tr {...problemMarker(here.filter((p) => !p.target.field))}>
      <th scope="row">
        <TextInput
          aria-label={`Theme ${at.index + 1} name`}
          data-row-input={theme.id}
          value={theme.title}
          readOnly={readOnly}
          placeholder="Name the theme"
          {...problemProps(here.filter((p) => p.target.field === 'title'))}
          onValue={(v) => edit(() => setThemeTitle(block, theme.id, v))}
        />
      </th>
      {partnerships.map((p) => (
        <td key={p.id}>
          <TextInput
            multiline
            aria-label={`${name}: ${p.name.trim() || partnershipLabel(p)}`}
            value={row?.[p.id] ?? ''}
            readOnly={readOnly}
            onValue={(v) => edit(() => setResponsibility(block, theme.id, p.id, v))}
          />
        </td>
      ))}
      <td>
        <RowActions
          name={name}
          index={at.index}
          count={at.count}
          disabled={readOnly}
          onMove={(to) => edit(() => moveTheme(block, theme.id, to))}
          onRemove={() => edit(() => removeTheme(block, theme.id))}
        />
      </td>
    </tr>
  );
}
