import type { SelectHTMLAttributes } from 'react';
import { partnershipLabel, type Partnership } from '../../../shared/register/Partnership.ts';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  /** The owning partnership's id. */
  value: string;
  partnerships: Partnership[];
  onValue: (partnershipId: string) => void;
};

/**
 * A native select of the partnership that owns a report. An owner no longer in the
 * register stays chosen (as "Not in the register") so the problem shows where it is.
 */
export function OwnerSelect({ value, partnerships, onValue, ...rest }: Props) {
  const known = partnerships.some((p) => p.id === value);
  return (
    <select {...rest} value={value} onChange={(e) => onValue(e.target.value)}>
      {!known && <option value={value}>Not in the register</option>}
      {partnerships.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name.trim() || partnershipLabel(p)}
        </option>
      ))}
    </select>
  );
}
