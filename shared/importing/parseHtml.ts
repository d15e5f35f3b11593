/** An element of parsed HTML; text is kept as strings between elements. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'source', 'wbr']);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text with its character references decoded (&amp; &#39; &#x2013; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-z][a-z0-9]*)\s*>|<([a-z][a-z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * A small, forgiving HTML parser for the well-formed HTML that Word conversion and our own
 * Markdown tables produce: no DOM needed, so it runs in the browser and on the relay alike.
 * Unclosed elements are closed by their parent's end tag; stray end tags are ignored.
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, opening, attrText = '', selfClosing] = match;
    const top = stack.at(-1)!;
    if (closing) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((el) => el.tag === name);
      if (at > 0) stack.length = at;
    } else if (opening) {
      const attrs: Record<string, string> = {};
      for (const [, name, a, b, c] of attrText.matchAll(ATTR)) {
        attrs[name!.toLowerCase()] = decodeEntities(a ?? b ?? c ?? '');
      }
      const element: HtmlElement = { tag: opening.toLowerCase(), attrs, children: [] };
      top.children.push(element);
      if (!selfClosing && !VOID.has(element.tag)) stack.push(element);
    } else if (!token.startsWith('<!')) {
      top.children.push(decodeEntities(token));
    }
  }
  return root.children;
}

/** The text inside a node, tags dropped. */
export function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
