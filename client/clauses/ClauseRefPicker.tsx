import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { displayNumber, type NumberedClause } from '../../shared/clauses/numberClauses.ts';
import { filterClauses } from './filterClauses.ts';

const LIST_ID = 'clause-ref-picker-list';
const optionId = (clause: NumberedClause) => `${LIST_ID}-${clause.id ?? clause.pos}`;

interface Props {
  clauses: NumberedClause[];
  onPick: (clause: NumberedClause) => void;
  onCancel: () => void;
}

/**
 * Chooses the clause a cross-reference points at: a modal dialog with a search box and
 * the numbered headings and clauses (combobox pattern). Type a number or words to
 * filter, arrows move, Enter inserts, Escape cancels.
 */
export function ClauseRefPicker({ clauses, onPick, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const items = filterClauses(clauses, query);
  const current = items[active];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, last));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'PageDown') setActive((a) => Math.min(a + 10, last));
    else if (event.key === 'PageUp') setActive((a) => Math.max(a - 10, 0));
    else if (event.key === 'Enter' && current) onPick(current);
    else return;
    event.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog clause-ref-picker"
      aria-labelledby="clause-ref-picker-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="clause-ref-picker-title">Insert a cross-reference</h2>
      <input
        autoFocus
        role="combobox"
        aria-label="Find a clause by number or words"
        aria-autocomplete="list"
        aria-expanded="true"
        aria-controls={LIST_ID}
        aria-activedescendant={current ? optionId(current) : undefined}
        value={query}
        placeholder="Clause number or words"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {items.length === 0 ? (
        <p className="clause-ref-picker__empty">
          {clauses.length === 0
            ? 'No numbered headings or clauses yet.'
            : 'No clause matches. Try a number such as 2.1.'}
        </p>
      ) : (
        <ul className="clause-ref-picker__list" role="listbox" id={LIST_ID} aria-label="Clauses">
          {items.map((clause, index) => (
            <li
              key={optionId(clause)}
              id={optionId(clause)}
              role="option"
              aria-selected={index === active}
              className={`clause-ref-picker__option clause-ref-picker__option--depth-${Math.min(clause.depth, 4)}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(clause)}
            >
              <span className="clause-ref-picker__number">{displayNumber(clause.number)}</span>{' '}
              <span className="clause-ref-picker__text">{clause.text || '(empty)'}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
