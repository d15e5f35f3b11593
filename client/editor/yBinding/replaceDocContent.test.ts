import type { Node as PMNode } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../../../shared/schema.ts';
import { replaceDocContent } from './replaceDocContent.ts';

const schema = protocolSchema();
const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const h = (text: string) => schema.node('heading', { level: 2 }, [schema.text(text)]);
const doc = (...children: PMNode[]) => schema.node('doc', null, children);

/** A deterministic pseudo-random source, so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function edited(before: PMNode, next: () => number): PMNode {
  const children: PMNode[] = [];
  before.forEach((child) => children.push(child));
  const at = Math.floor(next() * (children.length + 1));
  const words = ['a', 'aa', 'lead', 'board', ' ', 'Inform', 'b'];
  const word = words[Math.floor(next() * words.length)]!;
  switch (Math.floor(next() * 5)) {
    case 0: // type into a paragraph (the usual remote keystroke)
    case 1: {
      const i = Math.min(at, children.length - 1);
      const text = children[i]!.textContent;
      const cut = Math.floor(next() * (text.length + 1));
      children[i] = p(text.slice(0, cut) + word + text.slice(cut));
      break;
    }
    case 2: {
      // delete text
      const i = Math.min(at, children.length - 1);
      const text = children[i]!.textContent;
      const cut = Math.floor(next() * text.length);
      children[i] = p(text.slice(0, cut) + text.slice(cut + 1 + Math.floor(next() * 3)));
      break;
    }
    case 3:
      children.splice(at, 0, next() < 0.5 ? p(word) : h(word));
      break;
    default:
      if (children.length > 1) children.splice(Math.min(at, children.length - 1), 1);
  }
  return doc(...children);
}

describe('replaceDocContent', () => {
  it('replaces only the paragraph typed in, keeping every other node as it was', () => {
    const first = p('Safeguarding Adults Board');
    const last = p('Community Safety Partnership');
    const before = doc(first, p('Health and Wellbeing Board'), last);
    const after = doc(first, p('Health and Wellbeing Boards'), last);
    const tr = new Transform(before);
    expect(replaceDocContent(tr, after.content)).toBe(true);
    expect(tr.doc.eq(after)).toBe(true);
    expect(tr.steps).toHaveLength(1);
    const step = tr.steps[0] as ReplaceStep;
    expect(step).toBeInstanceOf(ReplaceStep);
    expect(step.to - step.from).toBeLessThan(3);
    expect(tr.doc.child(0)).toBe(first);
    expect(tr.doc.child(2)).toBe(last);
  });

  it('adds no step when nothing differs', () => {
    const before = doc(p('Children’s Trust'));
    const tr = new Transform(before);
    expect(replaceDocContent(tr, before.content)).toBe(true);
    expect(tr.steps).toHaveLength(0);
  });

  it('handles repeated text, where the scans from both ends overlap', () => {
    const before = doc(p('aab'));
    const after = doc(p('aaab'));
    const tr = new Transform(before);
    expect(replaceDocContent(tr, after.content)).toBe(true);
    expect(tr.doc.eq(after)).toBe(true);
  });

  it('declines, changing nothing, when the schema would have to fill the content in', () => {
    const before = doc(p('Corporate Parenting Board'));
    const tr = new Transform(before);
    expect(replaceDocContent(tr, doc(p('x')).content.cut(0, 0))).toBe(false);
    expect(tr.steps).toHaveLength(0);
  });

  it('puts a new empty paragraph beside an equal one without using either node twice', () => {
    const heading = h('Escalation');
    const trailing = p('');
    const added = p('');
    const tr = new Transform(doc(heading, trailing));
    expect(replaceDocContent(tr, doc(heading, added, trailing).content)).toBe(true);
    expect([tr.doc.child(0), tr.doc.child(1), tr.doc.child(2)]).toEqual([heading, added, trailing]);
    expect(tr.doc.child(1)).toBe(added);
    expect(tr.doc.child(2)).toBe(trailing);
  });

  it('rewrites a paragraph holding a line break as a whole, never reusing the break twice', () => {
    const br = () => schema.node('hardBreak');
    const kept = br();
    const before = doc(
      p(''),
      schema.node('paragraph', null, [schema.text('a'), kept, schema.text('b')]),
    );
    const added = br();
    const after = doc(
      before.child(0),
      schema.node('paragraph', null, [schema.text('a'), kept, added, schema.text('b')]),
    );
    const tr = new Transform(before);
    expect(replaceDocContent(tr, after.content)).toBe(true);
    expect(tr.doc.eq(after)).toBe(true);
    const inline = tr.doc.child(1);
    expect([inline.child(1), inline.child(2)]).toEqual([kept, added]);
    expect(inline.child(1)).not.toBe(inline.child(2));
  });

  it('always produces exactly the target document (1,000 random edits)', () => {
    const next = random(7);
    let current = doc(p('Priorities'), h('Reporting'), p('Inform and consult'), p(''));
    for (let i = 0; i < 1000; i++) {
      const target = edited(current, next);
      const tr = new Transform(current);
      expect(replaceDocContent(tr, target.content), `edit ${i}`).toBe(true);
      expect(tr.doc.eq(target), `edit ${i}`).toBe(true);
      const blocks = Array.from({ length: tr.doc.childCount }, (_, c) => tr.doc.child(c));
      expect(new Set(blocks).size, `edit ${i}: a node in two places`).toBe(blocks.length);
      current = tr.doc;
    }
  });
});
