/** A ProseMirror JSON node, as far as comparison needs it. */
interface JsonNode {
  type?: string;
  text?: string;
  content?: JsonNode[];
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function text(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(text).join('');
}

/** The body's text, one entry per paragraph or heading, in order (blocks are compared apart). */
export function bodyParagraphs(body: JsonNode): string[] {
  const out: string[] = [];
  const walk = (node: JsonNode) => {
    if (node.type && TEXTBLOCKS.has(node.type)) out.push(text(node));
    else for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return out;
}
