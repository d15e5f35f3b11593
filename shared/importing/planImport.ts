import { blockDefinition } from '../blocks/registry.ts';
import { setReviewDate, setStatus, setVersion } from '../blocks/documentHeader/documentHeader.ts';
import { fillSignatories } from '../templates/fillers.ts';
import type { JsonNode, TemplateBlock, TemplateSpec } from '../templates/TemplateSpec.ts';
import { classifyTable, LISTING_KINDS } from './classifyTable.ts';
import type { ImportReport } from './ImportReport.ts';
import { normaliseNumbers } from './normaliseNumbers.ts';
import { parseDate } from './parseDate.ts';
import { glossaryRun, lineOf, partnershipsInProse, signatoryRun } from './recogniseRuns.ts';
import { RegisterDraft } from './RegisterDraft.ts';
import { clauseAnchors, JsonWriter } from './sourceToJson.ts';
import type { SourceBlock, SourceDocument } from './SourceModel.ts';
import { listedPartnerships } from './partnershipTableBlocks.ts';
import { glossaryBlock } from './rowTableBlocks.ts';
import { tableBlock } from './tableBlocks.ts';
import type { TableContext } from './tableHelpers.ts';

/** What an import will create: a template to apply to a new document, and its report. */
export interface ImportPlan {
  spec: TemplateSpec;
  report: ImportReport;
}

const LABEL_HEADINGS = /^(version control|version history|document control|key)$/i;
const GLOSSARY_HEADING = /^(glossary|abbreviations|acronyms)\b/i;
const REVIEW_LINE = /^review date:?\s+(.+)$/i;
const STATUS_LINE = /\((final|draft)\)\s*$/i;

interface HeaderLines {
  status?: 'final' | 'draft';
  review?: string;
  /** Where in the body the header block goes: where the first such line was. */
  at?: number;
}

/** "Review date: April 2019" or "April 2018 (final)": taken into a document header. */
function headerLine(text: string, header: HeaderLines, at: number): boolean {
  const review = REVIEW_LINE.exec(text);
  if (review && !header.review && parseDate(review[1]!)) header.review = parseDate(review[1]!);
  else {
    const status = text.length < 40 ? STATUS_LINE.exec(text) : null;
    if (!status || header.status) return false;
    header.status = status[1]!.toLowerCase() === 'final' ? 'final' : 'draft';
  }
  header.at ??= at;
  return true;
}

const isCaption = (block: SourceBlock | undefined) =>
  block?.kind === 'paragraph' &&
  (block.role === 'caption' || /^Table:\s/.test(lineOf(block) ?? ''));
const captionText = (block: SourceBlock) => (lineOf(block) ?? '').replace(/^Table:\s*/, '');

/**
 * Partnerships, in register order: from tables that list them, else a glossary's board
 * lines, else names in running text ("… Board (SAB)"), which also add acronyms.
 */
function discoverPartnerships(blocks: SourceBlock[], register: RegisterDraft): void {
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const kind = classifyTable(block.rows, register);
    if (!LISTING_KINDS.has(kind)) return;
    const context = { register, caption: '', before: lineOf(blocks[i - 1]) ?? '', notes: [] };
    for (const label of listedPartnerships(kind, block.rows, context)) register.ensure(label);
  });
  if (!register.partnerships.length) {
    blocks.forEach((_block, i) => {
      const afterHeading = GLOSSARY_HEADING.test(lineOf(blocks[i - 1]) ?? '');
      for (const [acronym, meaning] of glossaryRun(blocks, i, afterHeading)?.entries ?? []) {
        if (register.isPartnership(meaning)) register.ensure(`${meaning} (${acronym})`);
      }
    });
  }
  const named = register.partnerships.length > 0;
  for (const label of partnershipsInProse(blocks)) {
    if (!named || register.find(label)) register.ensure(label);
  }
}

/** Turns a file's blocks into a template for a new document, recognising blocks on the way. */
export function planImport(source: SourceDocument, fileName: string): ImportPlan {
  const blocks = normaliseNumbers(source.blocks);
  const register = new RegisterDraft();
  discoverPartnerships(blocks, register);
  const notes = [...source.notes];
  const report: ImportReport = {
    fileName,
    title: source.title.trim() || fileName.replace(/\.[^.]+$/, ''),
    blocks: [],
    partnerships: [],
    body: { headings: 0, clauses: 0, paragraphs: 0, lists: 0, tables: 0 },
    notes,
  };
  const writer = new JsonWriter(clauseAnchors(blocks));
  const body: (JsonNode | TemplateBlock)[] = [];
  const created = (block: TemplateBlock, detail: string) => {
    body.push(block);
    report.blocks.push({
      type: block.block,
      label: blockDefinition(block.block)?.label ?? block.block,
      detail,
    });
  };
  let images = 0;
  let profilesPlaced = false;
  const header: HeaderLines = {};

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = lineOf(block) ?? '';
    const next = blocks[i + 1];
    if (block.kind === 'image') {
      images++;
      continue;
    }
    if (headerLine(text, header, body.length)) continue;
    if (isCaption(block) && next?.kind === 'table') continue;
    if (block.kind === 'table') {
      const previous = blocks[i - 1];
      const context: TableContext = {
        register,
        caption: previous && isCaption(previous) ? captionText(previous) : '',
        before: lineOf(previous) ?? '',
        notes,
      };
      const kind = classifyTable(block.rows, register);
      const result = tableBlock(kind, block.rows, context);
      if (context.caption && !result.usesCaption)
        body.push(
          ...writer.block({ kind: 'paragraph', inlines: [{ text: context.caption, bold: true }] }),
        );
      if (
        kind === 'priorityMatrix' &&
        next?.kind === 'paragraph' &&
        (next.role === 'note' || /^key\b/i.test(lineOf(next) ?? ''))
      )
        i++;
      if (!result.block) notes.push(`Left out ${result.detail}.`);
      else if (kind === 'partnershipProfiles' && profilesPlaced) {
        report.blocks.push({
          type: 'partnershipProfiles',
          label: 'Partnership profiles',
          detail: result.detail,
        });
      } else {
        profilesPlaced ||= kind === 'partnershipProfiles';
        created(result.block, result.detail);
        if (kind === 'generalTable') report.body.tables++;
      }
      continue;
    }
    const afterGlossary = GLOSSARY_HEADING.test(lineOf(blocks[i - 1]) ?? '');
    const glossary =
      block.kind === 'paragraph' || block.kind === 'list'
        ? glossaryRun(blocks, i, afterGlossary)
        : undefined;
    if (glossary) {
      const result = glossaryBlock(glossary.entries, register);
      created(result.block!, result.detail);
      i = glossary.end - 1;
      continue;
    }
    if (/^signator(y|ies)\b/i.test(text) && next?.kind !== 'table') {
      const run = signatoryRun(blocks, i + 1, register);
      if (run) {
        body.push(...writer.block(block));
        const rows = run.rows.map((r) => ({ ...r, key: register.ensure(r.partnership).key }));
        created(
          {
            block: 'signatories',
            fill: (map, partners) =>
              fillSignatories(
                map,
                rows.map(({ name, designation, key, date }) => ({
                  name,
                  designation,
                  partnershipId: partners[key]!,
                  signature: '',
                  date,
                })),
              ),
          },
          `${rows.length} signatories`,
        );
        i = run.end - 1;
        continue;
      }
    }
    if (block.kind === 'heading' && LABEL_HEADINGS.test(text) && next?.kind === 'table') {
      body.push(...writer.block({ kind: 'paragraph', inlines: [{ text, bold: true }] }));
      continue;
    }
    if (
      block.kind === 'heading' &&
      /^contents$/i.test(text) &&
      next?.kind === 'table' &&
      classifyTable(next.rows, register) === 'contents'
    ) {
      continue;
    }
    if (block.kind === 'heading') report.body.headings++;
    else if (block.kind === 'paragraph' && block.clause) report.body.clauses++;
    else if (block.kind === 'paragraph') report.body.paragraphs++;
    else if (block.kind === 'list') report.body.lists++;
    body.push(...writer.block(block));
  }

  if (header.at !== undefined && !report.blocks.some((b) => b.type === 'documentHeader')) {
    const { status, review } = header;
    const fill: TemplateBlock['fill'] = (map) => {
      setStatus(map, status === 'final' ? 'final' : 'draft');
      setVersion(map, '');
      setReviewDate(map, review ?? '');
    };
    body.splice(header.at, 0, { block: 'documentHeader', fill });
    report.blocks.unshift({
      type: 'documentHeader',
      label: 'Document header',
      detail: 'status and review date from the text',
    });
  }
  if (images)
    notes.push(
      `${images} image${images === 1 ? ' was' : 's were'} left out: the editor holds text and tables only.`,
    );
  report.partnerships = register.partnerships.map((p) =>
    [p.init.name, p.init.acronym && `(${p.init.acronym})`].filter(Boolean).join(' '),
  );
  return {
    spec: {
      id: 'import',
      name: fileName,
      description: `Imported from ${fileName}`,
      title: report.title,
      partnerships: register.toInit(),
      body: body.length ? body : [{ type: 'paragraph' }],
    },
    report,
  };
}
