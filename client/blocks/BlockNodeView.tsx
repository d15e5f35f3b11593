import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { blocksMap } from '../../shared/blocks/core/blockStore.ts';
import { blockDefinition } from '../../shared/blocks/registry.ts';
import { editBlock } from './blockEdit.ts';
import { useBlocks } from './BlocksContext.tsx';
import { blockViews } from './blockViews.ts';
import { useYValue } from './useYValue.ts';

/**
 * The frame every structured block is drawn in: a labelled region with its problem
 * count, keyboard handling shared by all blocks (Ctrl+Z/Ctrl+Shift+Z go to the shared
 * undo history; Escape returns to the text with the block selected), and the block's view.
 */
export function BlockNodeView({ node, editor, getPos, selected }: ReactNodeViewProps) {
  const { doc, partnerships, problemsByBlock, readOnly } = useBlocks();
  const type = node.type.name;
  const blockId = typeof node.attrs.blockId === 'string' ? node.attrs.blockId : '';
  const definition = blockDefinition(type);
  const View = blockViews[type];
  const block = useYValue([blocksMap(doc)], () => blocksMap(doc).get(blockId), false);
  const problems = problemsByBlock.get(blockId) ?? [];

  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') {
      if (event.shiftKey) editor.commands.redo();
      else editor.commands.undo();
    } else if (mod && key === 'y') {
      editor.commands.redo();
    } else if (event.key === 'Escape') {
      const pos = getPos();
      if (typeof pos === 'number') {
        editor.commands.setNodeSelection(pos);
        // Focus now, not on the next frame, so keys typed right after land in the text.
        editor.view.focus();
      }
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const headingId = `block-${blockId}-label`;
  return (
    <NodeViewWrapper
      as="section"
      className={`block block--${type}${selected ? ' block--selected' : ''}`}
      data-block-id={blockId}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <header className="block__header" contentEditable={false}>
        <span id={headingId} className="block__label">
          {definition?.label ?? type}
        </span>
        {problems.length > 0 && (
          <span className="block__problems">
            {problems.length === 1 ? '1 problem' : `${problems.length} problems`}
          </span>
        )}
      </header>
      <div className="block__body" contentEditable={false}>
        {block && View ? (
          <View
            doc={doc}
            block={block}
            blockId={blockId}
            partnerships={partnerships}
            problems={problems}
            readOnly={readOnly}
            edit={(change) => editBlock(doc, change)}
          />
        ) : (
          <p className="block__missing">This block’s content has not arrived yet.</p>
        )}
      </div>
    </NodeViewWrapper>
  );
}
