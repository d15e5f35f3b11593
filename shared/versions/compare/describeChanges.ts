import type { PriorityMatrixData } from '../../blocks/priorityMatrix/priorityMatrix.ts';
import { ROLE_LABEL } from '../../blocks/priorityMatrix/priorityMatrix.ts';
import type { ReportingArrangementsData } from '../../blocks/reportingArrangements/reportingArrangements.ts';
import { ACTION_LABEL } from '../../blocks/reportingArrangements/reportingArrangements.ts';
import { blockDefinition } from '../../blocks/registry.ts';
import type { BlockContent, DocumentContent } from '../../document/readContent.ts';
import { partnershipLabel, type Partnership } from '../../register/Partnership.ts';
import { canonicalJson } from '../canonicalJson.ts';

const label = (type: string) => blockDefinition(type)?.label ?? type;

function describeRegister(before: Partnership[], after: Partnership[]): string[] {
  const out: string[] = [];
  const old = new Map(before.map((p) => [p.id, p]));
  for (const p of after) {
    const was = old.get(p.id);
    if (!was) out.push(`Partnership added: ${p.name}`);
    else {
      if (was.name !== p.name) out.push(`Partnership renamed: ${was.name} → ${p.name}`);
      for (const field of [
        'acronym',
        'chair',
        'statutoryBasis',
        'purpose',
        'duties',
        'priorities',
      ] as const) {
        if (JSON.stringify(was[field]) !== JSON.stringify(p[field]))
          out.push(`${p.name}: ${field} changed`);
      }
    }
  }
  for (const p of before)
    if (!after.some((q) => q.id === p.id)) out.push(`Partnership removed: ${p.name}`);
  return out;
}

function describeMatrix(
  before: PriorityMatrixData,
  after: PriorityMatrixData,
  names: Map<string, string>,
): string[] {
  const out: string[] = [];
  const old = new Map(before.priorities.map((p) => [p.id, p.title]));
  for (const p of after.priorities) {
    const was = old.get(p.id);
    if (was === undefined) out.push(`Priority added: ${p.title}`);
    else if (was !== p.title) out.push(`Priority renamed: ${was} → ${p.title}`);
    const a = before.cells[p.id] ?? {};
    const b = after.cells[p.id] ?? {};
    for (const pid of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[pid] === b[pid] || was === undefined) continue;
      const from = a[pid] ? ROLE_LABEL[a[pid]] : '—';
      const to = b[pid] ? ROLE_LABEL[b[pid]] : '—';
      out.push(`${p.title}: ${names.get(pid) ?? 'a removed partnership'} ${from} → ${to}`);
    }
  }
  for (const p of before.priorities) {
    if (!after.priorities.some((q) => q.id === p.id)) out.push(`Priority removed: ${p.title}`);
  }
  return out;
}

function describeReporting(
  before: ReportingArrangementsData,
  after: ReportingArrangementsData,
  columns: Map<string, string>,
): string[] {
  const out: string[] = [];
  const summary = (
    report: ReportingArrangementsData['reports'][number],
    data: ReportingArrangementsData,
  ) =>
    Object.entries(data.cells[report.id] ?? {})
      .filter(([, cell]) => cell.action)
      .map(([col, cell]) =>
        [columns.get(col) ?? col, cell.action ? ACTION_LABEL[cell.action] : '', cell.timing]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ');
  for (const report of after.reports) {
    const was = before.reports.find((r) => r.id === report.id);
    if (!was)
      out.push(`Report added: ${report.title} → ${summary(report, after) || 'no recipients yet'}`);
    else if (
      canonicalJson(before.cells[report.id] ?? {}) !== canonicalJson(after.cells[report.id] ?? {})
    ) {
      out.push(`Report changed: ${report.title} → ${summary(report, after) || 'no recipients'}`);
    }
  }
  for (const report of before.reports) {
    if (!after.reports.some((r) => r.id === report.id)) out.push(`Report removed: ${report.title}`);
  }
  return out;
}

function describeBlock(
  before: BlockContent,
  after: BlockContent,
  names: Map<string, string>,
): string[] {
  if (canonicalJson(before.data) === canonicalJson(after.data)) return [];
  if (after.type === 'priorityMatrix') {
    return describeMatrix(
      before.data as PriorityMatrixData,
      after.data as PriorityMatrixData,
      names,
    );
  }
  if (after.type === 'reportingArrangements') {
    const data = after.data as ReportingArrangementsData;
    const columns = new Map([...names, ...data.otherBodies.map((b) => [b.id, b.name] as const)]);
    return describeReporting(before.data as ReportingArrangementsData, data, columns);
  }
  return [`${label(after.type)} changed`];
}

/**
 * What changed between two versions, in words a drafter uses: partnerships added, renamed
 * or removed; blocks added or removed; and within blocks, changes by meaning
 * ("Domestic Abuse: Safer Barnsley Partnership Contributing → Lead").
 */
export function describeChanges(before: DocumentContent, after: DocumentContent): string[] {
  const names = new Map(
    [...before.partnerships, ...after.partnerships].map(
      (p) => [p.id, p.name || partnershipLabel(p)] as const,
    ),
  );
  const out = describeRegister(before.partnerships, after.partnerships);
  if (before.title !== after.title) out.push(`Title changed: ${before.title} → ${after.title}`);
  const old = new Map(before.blocks.map((b) => [b.id, b]));
  for (const block of after.blocks) {
    const was = old.get(block.id);
    out.push(...(was ? describeBlock(was, block, names) : [`Block added: ${label(block.type)}`]));
  }
  for (const block of before.blocks) {
    if (!after.blocks.some((b) => b.id === block.id))
      out.push(`Block removed: ${label(block.type)}`);
  }
  return out;
}
