import type { DocumentContent } from '../document/readContent.ts';

const LABEL_FIELDS = ['acronym', 'title', 'name', 'theme', 'version', 'header'] as const;

function collectLabels(value: unknown, labels: Map<string, string>, position = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectLabels(item, labels, `#${i + 1}`));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const label = LABEL_FIELDS.map((f) => record[f]).find((v) => typeof v === 'string' && v);
    // Rows and columns without a name are named by their position.
    const name = typeof label === 'string' ? label : position;
    if (typeof record.id === 'string' && name) labels.set(record.id, name);
    for (const child of Object.values(record)) collectLabels(child, labels);
  }
}

function relabel(value: unknown, labels: Map<string, string>): unknown {
  if (typeof value === 'string') return labels.has(value) ? `@${labels.get(value)}` : value;
  if (Array.isArray(value)) return value.map((v) => relabel(v, labels));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== 'blockId')
        .map(([key, v]) => [labels.has(key) ? `@${labels.get(key)}` : key, relabel(v, labels)]),
    );
  }
  return value;
}

/**
 * A document's content with every generated id (partnerships, rows, columns, blocks)
 * replaced by what it names, so two documents built separately can be compared.
 */
export function comparableContent(content: DocumentContent): unknown {
  const labels = new Map<string, string>();
  collectLabels(content.partnerships, labels);
  collectLabels(content.blocks, labels);
  return relabel(
    {
      title: content.title,
      body: content.body,
      partnerships: content.partnerships,
      blocks: content.blocks,
    },
    labels,
  );
}
