import { BlockTitle } from '../BlockTitle.tsx';
import { focusSoon } from '../focusSoon.ts';
import { readText } from '../../../shared/blocks/core/fields.ts';
import {
  addTheme,
  sharedResponsibilities,
} from '../../../shared/blocks/sharedResponsibilities/sharedResponsibilities.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { PartnershipAbbr } from '../PartnershipAbbr.tsx';
import { RowsTable } from '../RowsTable.tsx';
import { useYValue } from '../useYValue.ts';
import { ThemeRow } from './ThemeRow.tsx';
import './sharedResponsibilities.css';

/** Themes (rows) × the register's partnerships (columns) → what each partnership does. */
export function SharedResponsibilitiesView(props: BlockViewProps) {
  const { block, blockId, partnerships, readOnly, edit } = props;
  const data = useYValue([block], () => sharedResponsibilities.read(block));
  const title = useYValue([block], () => readText(block, 'title'));
  const addRow = () => {
    const id = edit(() =>
      addTheme(
        block,
        partnerships.map((p) => p.id),
      ),
    );
    focusSoon(`[data-row-input="${id}"]`);
  };

  return (
    <div className="responsibilities">
      <BlockTitle block={block} title={title} label="Table title" readOnly={readOnly} edit={edit} />
      {partnerships.length === 0 ? (
        <p className="block__empty">
          No partnerships yet. Add the boards to the partnership register and they become the
          columns of this table.
        </p>
      ) : (
        <RowsTable
          caption={title || 'Shared responsibilities'}
          className="responsibilities__table"
          columns={[
            'Theme',
            ...partnerships.map((p) => <PartnershipAbbr key={p.id} partnership={p} />),
          ]}
        >
          <tbody>
            {data.themes.map((theme, index) => (
              <ThemeRow
                key={theme.id}
                {...props}
                theme={theme}
                row={data.cells[theme.id]}
                index={index}
                count={data.themes.length}
              />
            ))}
          </tbody>
        </RowsTable>
      )}
      {data.themes.length === 0 && partnerships.length > 0 && (
        <p className="block__empty">
          No themes yet. Add one (e.g. Modern Slavery) and write what each partnership does about
          it.
        </p>
      )}
      <div className="block__footer">
        <button type="button" onClick={addRow} disabled={readOnly}>
          Add theme
        </button>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
