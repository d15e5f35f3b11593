import { describe, expect, it } from 'vitest';
import { undoKey, type UndoKeyEvent } from './undoKey.ts';

const press = (key: string, mods: Partial<Omit<UndoKeyEvent, 'key'>> = {}): UndoKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undoKey', () => {
  it('reads Ctrl+Z and ⌘Z as undo', () => {
    expect(undoKey(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKey(press('z', { metaKey: true }))).toBe('undo');
  });

  it('reads Ctrl+Shift+Z (the key comes as "Z") and Ctrl+Y as redo', () => {
    expect(undoKey(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKey(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves plain letters, Alt combinations and other shortcuts alone', () => {
    expect(undoKey(press('z'))).toBeUndefined();
    expect(undoKey(press('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(undoKey(press('Y', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(undoKey(press('a', { ctrlKey: true }))).toBeUndefined();
  });
});
