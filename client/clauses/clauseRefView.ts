import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { clauseRefText } from '../../shared/clauses/resolveClauseRefs.ts';
import type { ClauseRefSpec } from './clauseNumberingPlugin.ts';

function refSpec(decorations: readonly Decoration[]): ClauseRefSpec | undefined {
  return decorations.map((d) => d.spec as Partial<ClauseRefSpec>).find(isRefSpec);
}

function isRefSpec(spec: Partial<ClauseRefSpec>): spec is ClauseRefSpec {
  return spec.clauseRefNumber !== undefined;
}

/**
 * A cross-reference shows its target's current number ("8.1"), which the numbering
 * plugin hands it as a decoration; a new number redraws it.
 */
class ClauseRefView implements NodeView {
  dom: HTMLElement;

  constructor(decorations: readonly Decoration[]) {
    this.dom = document.createElement('span');
    this.dom.className = 'clause-ref';
    this.dom.setAttribute('data-clause-ref', '');
    this.render(decorations);
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'clauseRef') return false;
    this.render(decorations);
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  private render(decorations: readonly Decoration[]) {
    const spec = refSpec(decorations);
    const number = spec?.clauseRefNumber ?? null;
    this.dom.textContent = clauseRefText(number);
    this.dom.title =
      number === null
        ? 'Cross-reference to a clause that no longer exists'
        : `Cross-reference to ${number} ${spec?.clauseRefTarget ?? ''}`.trim();
  }
}

/** Attaches the cross-reference view to the shared `clauseRef` node. */
export function clauseRefViewPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('clauseRefView'),
    props: {
      nodeViews: {
        clauseRef: (_node, _view, _getPos, decorations) => new ClauseRefView(decorations),
      },
    },
  });
}
