/** A ProseMirror JSON node, as far as plain text needs it. */
interface JsonNode {
  type?: string;
  text?: string;
  content?: JsonNode[];
}

const BLOCK_SEPARATED = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock']);

/** The text of a ProseMirror JSON document, blocks separated by new lines. */
export function plainText(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  const inner = (node.content ?? []).map(plainText).join('');
  return node.type && BLOCK_SEPARATED.has(node.type) ? `${inner}\n` : inner;
}
