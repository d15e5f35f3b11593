import type * as Y from 'yjs';
import type { Partnership } from '../../shared/register/Partnership.ts';
import { readRegister, registerList } from '../../shared/register/register.ts';
import { useYValue } from './useYValue.ts';

/** The partnership register, re-read whenever anyone changes it. */
export function useRegister(doc: Y.Doc): Partnership[] {
  const list = registerList(doc);
  return useYValue([list.order, list.items], () => readRegister(doc));
}
