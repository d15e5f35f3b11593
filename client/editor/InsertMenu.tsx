import type { Editor } from '@tiptap/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { insertables, type Insertable } from './insertables.ts';
import { filterInsertables } from './slashMenu/filterInsertables.ts';
import { InsertableList } from './slashMenu/InsertableList.tsx';

/**
 * "Insert" on the toolbar: the same choices as the slash menu, for people who prefer a
 * button. A search box with a list (combobox pattern): type to filter, arrows, Enter.
 */
export function InsertMenu({ editor, doc }: { editor: Editor; doc: Y.Doc }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = filterInsertables(insertables, query);

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
    button.current?.focus();
  };
  const pick = (item: Insertable) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    item.insert(editor, doc);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && items[active]) pick(items[active]);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="insert-menu">
      <button
        ref={button}
        type="button"
        className="insert-menu__button"
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Insert block <span className="toolbar__shortcut">or type /</span>
      </button>
      {open && (
        <div className="insert-menu__popup">
          <input
            autoFocus
            role="combobox"
            aria-label="Find a block to insert"
            aria-expanded="true"
            aria-controls="insert-menu-list"
            aria-activedescendant={
              items[active] ? `insert-menu-list-${items[active].id}` : undefined
            }
            value={query}
            placeholder="Search blocks"
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) setOpen(false);
            }}
          />
          <InsertableList items={items} active={active} onPick={pick} id="insert-menu-list" />
        </div>
      )}
    </div>
  );
}
