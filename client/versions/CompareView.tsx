import { useMemo } from 'react';
import type * as Y from 'yjs';
import { readContent, type DocumentContent } from '../../shared/document/readContent.ts';
import { bodyParagraphs } from '../../shared/versions/compare/bodyParagraphs.ts';
import { describeChanges } from '../../shared/versions/compare/describeChanges.ts';
import { redline } from '../../shared/versions/compare/redline.ts';
import { versionDoc } from '../../shared/versions/versionStore.ts';

/** `'current'` or a version id. */
export type VersionRef = string;

function contentOf(doc: Y.Doc, ref: VersionRef): DocumentContent | undefined {
  if (ref === 'current') return readContent(doc);
  const old = versionDoc(doc, ref);
  if (!old) return undefined;
  const content = readContent(old);
  old.destroy();
  return content;
}

/** Two versions compared: structured changes by meaning, then the text as a redline. */
export function CompareView({ doc, from, to }: { doc: Y.Doc; from: VersionRef; to: VersionRef }) {
  const result = useMemo(() => {
    const before = contentOf(doc, from);
    const after = contentOf(doc, to);
    if (!before || !after) return undefined;
    return {
      changes: describeChanges(before, after),
      lines: redline(bodyParagraphs(before.body), bodyParagraphs(after.body)),
    };
  }, [doc, from, to]);
  if (!result) return <p>One of these versions could not be read.</p>;
  const changedLines = result.lines.filter((line) => line.kind !== 'same');
  return (
    <div className="compare">
      <h3>Changes to tables and partnerships</h3>
      {result.changes.length === 0 ? (
        <p className="panel__empty">No changes to structured blocks or partnerships.</p>
      ) : (
        <ul className="compare__changes">
          {result.changes.map((change, i) => (
            <li key={i}>{change}</li>
          ))}
        </ul>
      )}
      <h3>Text</h3>
      {changedLines.length === 0 && <p className="panel__empty">No changes to the text.</p>}
      <div className="redline">
        {result.lines.map((line, i) => {
          if (line.kind !== 'changed') {
            const text =
              line.kind === 'added' ? (
                <ins>{line.text}</ins>
              ) : line.kind === 'removed' ? (
                <del>{line.text}</del>
              ) : (
                line.text
              );
            return <p key={i}>{text}</p>;
          }
          return (
            <p key={i}>
              {line.parts.map((part, j) =>
                part.kind === 'added' ? (
                  <ins key={j}>{part.items.join('')}</ins>
                ) : part.kind === 'removed' ? (
                  <del key={j}>{part.items.join('')}</del>
                ) : (
                  <span key={j}>{part.items.join('')}</span>
                ),
              )}
            </p>
          );
        })}
      </div>
    </div>
  );
}
