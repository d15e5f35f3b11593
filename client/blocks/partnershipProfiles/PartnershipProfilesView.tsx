import {
  partnershipProfiles,
  setShowChair,
} from '../../../shared/blocks/partnershipProfiles/partnershipProfiles.ts';
import { readRegisterText, registerList } from '../../../shared/register/register.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { useYValue } from '../useYValue.ts';
import { ProfileTable } from './ProfileTable.tsx';
import './partnershipProfiles.css';

/**
 * Each partnership's purpose, statutory duties and priorities, read from the register and
 * edited in it: change a profile here and the register (and every other view of it) follows.
 */
export function PartnershipProfilesView(props: BlockViewProps) {
  const { doc, block, blockId, partnerships, readOnly, edit } = props;
  const options = useYValue([block], () => partnershipProfiles.read(block));
  const items = registerList(doc).items;
  const text = useYValue([items], () => readRegisterText(doc));

  return (
    <div className="profiles">
      {partnerships.length === 0 ? (
        <p className="block__empty">
          No partnerships yet. Add the boards to the partnership register and each gets a profile
          here: its purpose, statutory duties and priorities.
        </p>
      ) : (
        partnerships.map((p) => (
          <ProfileTable
            key={p.id}
            {...props}
            partnership={p}
            text={text.get(p.id)}
            showChair={options.showChair}
          />
        ))
      )}
      <div className="block__footer">
        <label>
          <input
            type="checkbox"
            checked={options.showChair}
            disabled={readOnly}
            onChange={(e) => edit(() => setShowChair(block, e.target.checked))}
          />{' '}
          Show each partnership’s chair
        </label>
        <p className="profiles__hint">
          Profiles come from the partnership register: editing one here edits the register.
        </p>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
