/**
 * Whether two values of plain data (what JSON can hold) are equal. For state recomputed
 * after every change: keeping the previous object when nothing changed spares React a
 * render of everything that reads it.
 */
export function sameData<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
