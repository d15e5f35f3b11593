/**
 * How Word paragraph styles become HTML: our own exports' clause, caption, note and
 * lettered-list styles come back as classes; underline is kept.
 */
export const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Clause'] => p.clause:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Table Note'] => p.table-note:fresh",
  "p[style-name='Lettered List'] => ol.lettered > li:fresh",
  'u => u',
];

/** A Word document converted to HTML, with what the converter warned about. */
export interface DocxHtml {
  html: string;
  warnings: string[];
}

/**
 * Converts a .docx to simple HTML with mammoth (loaded on first use, in the browser or on
 * the relay). Images are counted by the reader, never embedded.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const mammoth = (await import('mammoth')).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  // The browser build reads `arrayBuffer`, the Node build `buffer`: give both.
  const input = { arrayBuffer: buffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    styleMap: DOCX_STYLE_MAP,
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  });
  return {
    html: result.value,
    warnings: result.messages.map((m) => m.message),
  };
}
