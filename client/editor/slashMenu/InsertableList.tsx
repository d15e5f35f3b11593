import type { Insertable } from '../insertables.ts';

/** The options of the slash menu (and the Insert menu): grouped, one active. */
export function InsertableList({
  items,
  active,
  onPick,
  id,
}: {
  items: Insertable[];
  active: number;
  onPick: (item: Insertable) => void;
  id: string;
}) {
  if (items.length === 0) return <p className="insert-list__empty">No matching blocks</p>;
  return (
    <ul className="insert-list" role="listbox" id={id} aria-label="Insert">
      {items.map((item, index) => (
        <li
          key={item.id}
          id={`${id}-${item.id}`}
          role="option"
          aria-selected={index === active}
          className={
            index === active ? 'insert-list__item insert-list__item--active' : 'insert-list__item'
          }
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(item);
          }}
        >
          <span className="insert-list__label">{item.label}</span>
          <span className="insert-list__description">{item.description}</span>
        </li>
      ))}
    </ul>
  );
}
