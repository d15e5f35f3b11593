import type { ImportReport } from '../../shared/importing/ImportReport.ts';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';
import { Link } from '../ui/Link.tsx';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import made of a file: blocks, partnerships, text, and what was left out. */
export function ImportReportView({ id, report }: { id: string; report: ImportReport }) {
  const { body } = report;
  const text = [
    count(body.headings, 'heading', 'headings'),
    count(body.clauses, 'numbered clause', 'numbered clauses'),
    count(body.paragraphs, 'paragraph', 'paragraphs'),
    count(body.lists, 'list', 'lists'),
  ].join(', ');
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading" tabIndex={-1}>
        Import report: {report.fileName}
      </h3>
      <p>
        Created “{report.title}”. <Link href={`${DOC_PAGE_PATH}/${id}`}>Open “{report.title}”</Link>
      </p>
      <h4>Structured blocks</h4>
      {report.blocks.length ? (
        <ul className="import-report__blocks">
          {report.blocks.map((block, i) => (
            <li key={i} data-block-type={block.type}>
              <strong>{block.label}</strong>: {block.detail}
            </li>
          ))}
        </ul>
      ) : (
        <p>No table or list matched a structured block; everything became text.</p>
      )}
      <h4>Partnership register</h4>
      <p>
        {report.partnerships.length
          ? report.partnerships.join('; ')
          : 'No partnerships were found: add them in the Partnerships tab.'}
      </p>
      <h4>Text</h4>
      <p>
        {text}
        {body.tables ? `, ${count(body.tables, 'general table', 'general tables')}` : ''}.
      </p>
      <h4>Not carried over</h4>
      {report.notes.length ? (
        <ul className="import-report__notes">
          {report.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing: everything in the file was brought in.</p>
      )}
    </section>
  );
}
