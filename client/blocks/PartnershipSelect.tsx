import type { SelectHTMLAttributes } from 'react';
import { partnershipLabel, type Partnership } from '../../shared/register/Partnership.ts';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  /** The chosen partnership's id, '' for none. */
  value: string;
  partnerships: Partnership[];
  onValue: (partnershipId: string) => void;
  /** What the empty choice reads, e.g. "Choose a partnership". */
  emptyLabel: string;
};

/**
 * A native select of the register's partnerships. A chosen id no longer in the register
 * stays shown (as "Removed partnership") so the problem is visible where it is.
 */
export function PartnershipSelect({ value, partnerships, onValue, emptyLabel, ...rest }: Props) {
  const known = value === '' || partnerships.some((p) => p.id === value);
  return (
    <select {...rest} value={value} onChange={(e) => onValue(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {partnerships.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name.trim() && p.acronym.trim()
            ? `${p.name.trim()} (${p.acronym.trim()})`
            : partnershipLabel(p)}
        </option>
      ))}
      {!known && <option value={value}>Removed partnership</option>}
    </select>
  );
}
