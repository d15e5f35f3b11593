import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { displayNumber, numberClauses } from '../../shared/clauses/numberClauses.ts';
import { resolveClauseRefs } from '../../shared/clauses/resolveClauseRefs.ts';
import { textOnlyEdit } from './textOnlyEdit.ts';

/** What the numbering plugin keeps: how the numbering is drawn, and which clauses are cited. */
export interface NumberingState {
  decorations: DecorationSet;
  /** Clause ids cross-references point at: their text shows in the references' titles. */
  cited: ReadonlySet<string>;
}

/** What a cross-reference's node view reads from its decoration. */
export interface ClauseRefSpec {
  clauseRefNumber: string | null;
  clauseRefTarget: string;
}

export const clauseNumberingKey = new PluginKey<NumberingState>('clauseNumbering');

function numberWidget(label: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'clause-number';
  span.textContent = label;
  return span;
}

function build(doc: PMNode): NumberingState {
  const numbering = numberClauses(doc);
  const decorations: Decoration[] = [];
  const textById = new Map<string, string>();
  for (const clause of numbering.clauses) {
    const label = displayNumber(clause.number);
    decorations.push(
      Decoration.widget(clause.pos + 1, () => numberWidget(label), {
        side: -1,
        key: `clause-number:${label}`,
      }),
    );
    if (clause.id && !textById.has(clause.id)) textById.set(clause.id, clause.text);
  }
  const cited = new Set<string>();
  for (const ref of resolveClauseRefs(doc, numbering)) {
    if (ref.targetId) cited.add(ref.targetId);
    const spec: ClauseRefSpec = {
      clauseRefNumber: ref.number,
      clauseRefTarget: ref.targetId ? (textById.get(ref.targetId) ?? '') : '',
    };
    const attrs = ref.number === null ? { class: 'clause-ref--missing' } : {};
    decorations.push(Decoration.node(ref.pos, ref.pos + 1, attrs, spec));
  }
  return { decorations: DecorationSet.create(doc, decorations), cited };
}

/**
 * The next state: typing in a textblock that no cross-reference cites changes no number, so
 * the decorations only move with the text; anything else renumbers the whole document.
 */
function next(tr: Transaction, value: NumberingState, doc: PMNode): NumberingState {
  if (!tr.docChanged) return value;
  const typedIn = textOnlyEdit(tr);
  const citesTouched = typedIn?.some((node) => {
    const id: unknown = node.attrs.clauseId;
    return typeof id === 'string' && value.cited.has(id);
  });
  if (!typedIn || citesTouched) return build(doc);
  return { decorations: value.decorations.map(tr.mapping, doc), cited: value.cited };
}

/**
 * Numbers headings and clause paragraphs as the document is edited: a widget before
 * each one's text shows its number, and each cross-reference gets a decoration with its
 * target's number for its node view. Recomputed on every change but plain typing, so a
 * moved clause is renumbered at once, whoever moved it.
 */
export function clauseNumberingPlugin(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: clauseNumberingKey,
    state: {
      init: (_config, state) => build(state.doc),
      apply: (tr, value, _old, state) => next(tr, value, state.doc),
    },
    props: {
      decorations: (state) => clauseNumberingKey.getState(state)?.decorations,
    },
  });
}
