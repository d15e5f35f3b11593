import { forwardRef, useImperativeHandle, useState } from 'react';
import type { Insertable } from '../insertables.ts';
import { InsertableList } from './InsertableList.tsx';

/** Keys the editor forwards to the open menu; true when the menu used the key. */
export interface SlashMenuHandle {
  onKeyDown: (event: KeyboardEvent) => boolean;
}

interface Props {
  items: Insertable[];
  command: (item: Insertable) => void;
}

/** The slash menu: typing filters, arrows move, Enter inserts, Escape closes. */
export const SlashMenuPopup = forwardRef<SlashMenuHandle, Props>(function SlashMenuPopup(
  { items, command },
  ref,
) {
  const [active, setActive] = useState(0);
  const [lastItems, setLastItems] = useState(items);
  if (lastItems !== items) {
    setLastItems(items);
    setActive(0);
  }

  useImperativeHandle(ref, () => ({
    onKeyDown: (event) => {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') setActive((a) => (a + 1) % items.length);
      else if (event.key === 'ArrowUp') setActive((a) => (a - 1 + items.length) % items.length);
      else if (event.key === 'Enter' || event.key === 'Tab') command(items[active]!);
      else return false;
      return true;
    },
  }));

  const current = items[active];
  return (
    <div className="slash-menu">
      <InsertableList items={items} active={active} onPick={command} id="slash-menu" />
      <p className="visually-hidden" aria-live="polite">
        {current ? `${current.label}, ${active + 1} of ${items.length}` : 'No matching blocks'}
      </p>
    </div>
  );
});
