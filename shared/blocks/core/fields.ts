import * as Y from 'yjs';
import { setText } from '../../document/setText.ts';

/** A text field of a record as a string ('' when absent). */
export function readText(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

/**
 * Sets a text field with the smallest edit. A field that has no Y.Text yet gets one;
 * fields are created with their record, so that only happens for old data.
 */
export function writeText(map: Y.Map<unknown>, key: string, value: string): void {
  const current = map.get(key);
  if (current instanceof Y.Text) setText(current, value);
  else map.set(key, new Y.Text(value));
}

/** A plain value (enum, date, flag) of a record, when it has the expected type. */
export function readValue<T extends string | number | boolean>(
  map: Y.Map<unknown>,
  key: string,
  isValid: (value: unknown) => value is T,
): T | undefined {
  const value = map.get(key);
  return isValid(value) ? value : undefined;
}

/** Lines of a multi-line text field, trimmed, without blank lines. */
export function readLines(map: Y.Map<unknown>, key: string): string[] {
  return readText(map, key)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
