/** The formats a document can be exported to. */
export const EXPORT_FORMATS = {
  docx: {
    label: 'Word (.docx)',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'PDF', extension: 'pdf', mime: 'application/pdf' },
  md: { label: 'Markdown', extension: 'md', mime: 'text/markdown; charset=utf-8' },
  html: { label: 'HTML', extension: 'html', mime: 'text/html; charset=utf-8' },
  json: { label: 'JSON', extension: 'json', mime: 'application/json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether a string names an export format. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

/** A file name for an export: the title made safe, e.g. "Joint-Working-Protocol.docx". */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'protocol'}.${EXPORT_FORMATS[format].extension}`;
}
