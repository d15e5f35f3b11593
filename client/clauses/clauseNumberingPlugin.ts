import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  displayNumber,
  numberClauses,
  type ClauseNumbering,
} from '../../shared/clauses/numberClauses.ts';
import { resolveClauseRefs } from '../../shared/clauses/resolveClauseRefs.ts';

/** What the numbering plugin keeps: the current numbering and how it is drawn. */
export interface NumberingState {
  numbering: ClauseNumbering;
  decorations: DecorationSet;
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
  for (const ref of resolveClauseRefs(doc, numbering)) {
    const spec: ClauseRefSpec = {
      clauseRefNumber: ref.number,
      clauseRefTarget: ref.targetId ? (textById.get(ref.targetId) ?? '') : '',
    };
    const attrs = ref.number === null ? { class: 'clause-ref--missing' } : {};
    decorations.push(Decoration.node(ref.pos, ref.pos + 1, attrs, spec));
  }
  return { numbering, decorations: DecorationSet.create(doc, decorations) };
}

/**
 * Numbers headings and clause paragraphs as the document is edited: a widget before
 * each one's text shows its number, and each cross-reference gets a decoration with its
 * target's number for its node view. Recomputed on every change, so a moved clause is
 * renumbered at once, whoever moved it.
 */
export function clauseNumberingPlugin(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: clauseNumberingKey,
    state: {
      init: (_config, state) => build(state.doc),
      apply: (tr, value, _old, state) => (tr.docChanged ? build(state.doc) : value),
    },
    props: {
      decorations: (state) => clauseNumberingKey.getState(state)?.decorations,
    },
  });
}
