import type { Node as PMNode } from '@tiptap/pm/model';
import { protocolSchema } from '../schema.ts';

/** Builders for clause tests: ProseMirror JSON that `doc()` turns into a node. */
type Json = Record<string, unknown>;

const text = (value: string): Json[] => (value ? [{ type: 'text', text: value }] : []);

export const h = (level: number, value: string, clauseId: string | null = null): Json => ({
  type: 'heading',
  attrs: { level, clauseId },
  content: text(value),
});

export const clause = (value: string, clauseId: string | null = null): Json => ({
  type: 'paragraph',
  attrs: { clause: true, clauseId },
  content: text(value),
});

export const p = (...content: (string | Json)[]): Json => ({
  type: 'paragraph',
  content: content.flatMap((c) => (typeof c === 'string' ? text(c) : [c])),
});

export const ref = (targetId: string): Json => ({ type: 'clauseRef', attrs: { targetId } });

export const ol = (listStyle: 'decimal' | 'lower-alpha', items: string[], start = 1): Json => ({
  type: 'orderedList',
  attrs: { listStyle, start },
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});

export const doc = (...content: Json[]): PMNode =>
  protocolSchema().nodeFromJSON({ type: 'doc', content });
