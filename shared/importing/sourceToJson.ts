import type { JsonNode } from '../templates/TemplateSpec.ts';
import type { SourceBlock, SourceInline } from './SourceModel.ts';

const VALID_ID = /^[A-Za-z][\w-]{0,63}$/;

/** Turns source blocks into the editor's ProseMirror JSON; anchors become clause ids. */
export class JsonWriter {
  /** Clause anchors kept, so cross-references to them can be kept too. */
  private readonly anchors: Set<string>;

  constructor(anchors: Iterable<string>) {
    this.anchors = new Set([...anchors].filter((a) => VALID_ID.test(a)));
  }

  private text(inline: SourceInline): JsonNode[] {
    if (inline.text === '\n') return [{ type: 'hardBreak' }];
    if (inline.refTo && this.anchors.has(inline.refTo)) {
      return [{ type: 'clauseRef', attrs: { targetId: inline.refTo } }];
    }
    if (!inline.text) return [];
    const marks: NonNullable<JsonNode['marks']> = [];
    if (inline.code) marks.push({ type: 'code' });
    else {
      if (inline.bold) marks.push({ type: 'bold' });
      if (inline.italic) marks.push({ type: 'italic' });
      if (inline.underline) marks.push({ type: 'underline' });
      if (inline.strike) marks.push({ type: 'strike' });
      if (inline.href) marks.push({ type: 'link', attrs: { href: inline.href } });
    }
    return [{ type: 'text', text: inline.text, ...(marks.length ? { marks } : {}) }];
  }

  inlines(inlines: SourceInline[]): JsonNode[] {
    return inlines.flatMap((i) => this.text(i));
  }

  private clauseId(anchor: string | undefined) {
    return anchor && this.anchors.has(anchor) ? anchor : null;
  }

  /** One source block as JSON nodes (none for an image: the caller reports it). */
  block(block: SourceBlock): JsonNode[] {
    const content = (inlines: SourceInline[]) => {
      const nodes = this.inlines(inlines);
      return nodes.length ? { content: nodes } : {};
    };
    switch (block.kind) {
      case 'heading':
        return [
          {
            type: 'heading',
            attrs: {
              level: Math.min(6, Math.max(1, block.level)),
              clauseId: this.clauseId(block.anchor),
            },
            ...content(block.inlines),
          },
        ];
      case 'paragraph': {
        const attrs = block.clause
          ? { clause: true, clauseId: this.clauseId(block.anchor) }
          : undefined;
        return [{ type: 'paragraph', ...(attrs ? { attrs } : {}), ...content(block.inlines) }];
      }
      case 'list':
        return [
          {
            type: block.ordered ? 'orderedList' : 'bulletList',
            ...(block.lettered ? { attrs: { listStyle: 'lower-alpha' } } : {}),
            content: block.items.map((item) => {
              const children = item.flatMap((child) => this.block(child));
              const first = children[0]?.type === 'paragraph' ? [] : [{ type: 'paragraph' }];
              return { type: 'listItem', content: [...first, ...children] };
            }),
          },
        ];
      case 'quote': {
        const children = block.children.flatMap((child) => this.block(child));
        return [
          { type: 'blockquote', content: children.length ? children : [{ type: 'paragraph' }] },
        ];
      }
      case 'code':
        return [
          {
            type: 'codeBlock',
            ...(block.text ? { content: [{ type: 'text', text: block.text }] } : {}),
          },
        ];
      case 'rule':
        return [{ type: 'horizontalRule' }];
      case 'table':
      case 'image':
        return [];
    }
  }
}

/** Every clause anchor (headings and clause paragraphs) in some source blocks. */
export function clauseAnchors(blocks: SourceBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.clause))
      return b.anchor ? [b.anchor] : [];
    if (b.kind === 'quote') return clauseAnchors(b.children);
    return [];
  });
}
