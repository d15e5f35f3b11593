import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { numberClauses, type ClauseNumbering } from '../clauses/numberClauses.ts';
import { clauseRefText } from '../clauses/resolveClauseRefs.ts';
import type { Inline, PublishedBlock, PublishedTable } from './Publication.ts';

const MARK_FLAGS: Record<string, keyof Inline> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strike: 'strike',
  code: 'code',
};

function styled(text: string, marks: readonly Mark[]): Inline {
  const inline: Inline = { text };
  for (const mark of marks) {
    const flag = MARK_FLAGS[mark.type.name];
    if (flag) (inline as unknown as Record<string, boolean>)[flag] = true;
    if (mark.type.name === 'link' && typeof mark.attrs.href === 'string') {
      inline.href = mark.attrs.href;
    }
  }
  return inline;
}

function inlines(node: PMNode, numbering: ClauseNumbering): Inline[] {
  const runs: Inline[] = [];
  node.forEach((child) => {
    if (child.isText) runs.push(styled(child.text ?? '', child.marks));
    else if (child.type.name === 'hardBreak') runs.push({ text: '\n' });
    else if (child.type.name === 'clauseRef') {
      const target = typeof child.attrs.targetId === 'string' ? child.attrs.targetId : undefined;
      const number = target ? (numbering.byId.get(target) ?? null) : null;
      runs.push({ ...styled(clauseRefText(number), child.marks), refTo: target });
    }
  });
  return runs;
}

const anchorOf = (node: PMNode) =>
  typeof node.attrs.clauseId === 'string' ? node.attrs.clauseId : undefined;

/**
 * The body as published blocks, in reading order: headings and clauses with their numbers,
 * cross-references as their targets' numbers, each structured block as its tables.
 */
export function bodyBlocks(
  root: PMNode,
  tablesOf: (blockId: string, type: string) => PublishedTable[],
): PublishedBlock[] {
  const numbering = numberClauses(root);
  const walk = (parent: PMNode, start: number, inList: boolean): PublishedBlock[] => {
    const out: PublishedBlock[] = [];
    parent.forEach((node, offset) => {
      const pos = start + offset;
      const name = node.type.name;
      if (name === 'heading') {
        out.push({
          kind: 'heading',
          level: Math.min(3, Math.max(1, Number(node.attrs.level) || 1)),
          number: numbering.byPos.get(pos) ?? '',
          anchor: anchorOf(node),
          inlines: inlines(node, numbering),
        });
      } else if (name === 'paragraph') {
        const number = inList ? undefined : numbering.byPos.get(pos);
        const clause = number
          ? { number, depth: number.split('.').length, anchor: anchorOf(node) }
          : undefined;
        out.push({ kind: 'paragraph', inlines: inlines(node, numbering), clause });
      } else if (name === 'bulletList' || name === 'orderedList') {
        const items: PublishedBlock[][] = [];
        node.forEach((item, itemOffset) => {
          items.push(walk(item, pos + 1 + itemOffset + 1, true));
        });
        out.push({
          kind: 'list',
          ordered: name === 'orderedList',
          lettered: node.attrs.listStyle === 'lower-alpha',
          start: Number(node.attrs.start) || 1,
          items,
        });
      } else if (name === 'blockquote') {
        out.push({ kind: 'quote', children: walk(node, pos + 1, inList) });
      } else if (name === 'codeBlock') {
        out.push({ kind: 'code', text: node.textContent });
      } else if (name === 'horizontalRule') {
        out.push({ kind: 'rule' });
      } else if (typeof node.attrs.blockId === 'string') {
        for (const table of tablesOf(node.attrs.blockId, name)) out.push({ kind: 'table', table });
      }
    });
    return out;
  };
  return walk(root, 0, false);
}
