import { describe, expect, it } from 'vitest';
import type { CoordinationTableData } from '../blocks/coordinationTable/coordinationTable.ts';
import type { GlossaryEntry } from '../blocks/glossary/glossary.ts';
import type { PriorityMatrixData } from '../blocks/priorityMatrix/priorityMatrix.ts';
import type { ReportingArrangementsData } from '../blocks/reportingArrangements/reportingArrangements.ts';
import type { SharedResponsibilitiesData } from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import type { SignatoriesData } from '../blocks/signatories/signatories.ts';
import type { VersionTableData } from '../blocks/versionTable/versionTable.ts';
import { createDoc } from '../document/docFields.ts';
import { exportDocument, type DocumentExport } from '../document/exportJson.ts';
import { readContent } from '../document/readContent.ts';
import { validateDocument } from '../validation/validateDocument.ts';
import { applyTemplate } from './applyTemplate.ts';
import { barnsleyExample } from './examples/barnsleyExample.ts';
import { sandwellExample } from './examples/sandwellExample.ts';
import { somersetExample } from './examples/somersetExample.ts';
import { standardProtocol } from './standardProtocol.ts';
import type { TemplateSpec } from './TemplateSpec.ts';

function build(spec: TemplateSpec): { json: DocumentExport; codes: string[] } {
  const doc = createDoc();
  applyTemplate(doc, spec);
  const json = JSON.parse(JSON.stringify(exportDocument(spec.id, doc))) as DocumentExport;
  const codes = validateDocument(readContent(doc), '2026-11-22').map((p) => p.code);
  return { json, codes };
}

const data = <T>(json: DocumentExport, type: string): T => {
  const block = json.blocks.find((b) => b.type === type);
  if (!block) throw new Error(`no ${type} block`);
  return block.data as T;
};

describe('applyTemplate', () => {
  it('refuses a document that already has a body', () => {
    const doc = createDoc();
    applyTemplate(doc, standardProtocol);
    expect(() => applyTemplate(doc, standardProtocol)).toThrow('only fill empty documents');
  });
});

describe('the standard template', () => {
  it('holds the sections and blocks the published protocols share, between four partnerships', () => {
    const { json } = build(standardProtocol);
    expect(json.partnerships.map((p) => p.acronym)).toEqual(['SAB', 'SCP', 'HWB', 'CSP']);
    expect(json.blocks.map((b) => b.type)).toEqual([
      'documentHeader',
      'versionTable',
      'partnershipProfiles',
      'coordinationTable',
      'priorityMatrix',
      'reportingArrangements',
      'signatories',
      'glossary',
    ]);
    const headings = (json.content.content as { type: string; content?: { text: string }[] }[])
      .filter((n) => n.type === 'heading')
      .map((n) => n.content?.[0]?.text);
    for (const section of [
      'Introduction',
      'Principles',
      'Escalation and resolution',
      'Review',
      'Signatories',
      'Glossary',
    ]) {
      expect(headings).toContain(section);
    }
  });

  it('has only the problems a blank draft should have', () => {
    const { codes } = build(standardProtocol);
    expect(codes.sort()).toEqual(
      [
        'review-date-missing',
        ...Array(4).fill('profile-purpose-missing'),
        ...Array(4).fill('empty-cell'), // one signatory row per partnership, names to fill in
      ].sort(),
    );
  });
});

describe('the examples carry the seeds’ structured facts', () => {
  it('Barnsley: 4 partnerships, the version history, coordination groups, 5 signatories and the priority matrix', () => {
    const { json } = build(barnsleyExample);
    expect(json.partnerships.map((p) => p.name)).toEqual([
      'Safeguarding Adults Board',
      'Safeguarding Children’s Board',
      'Safer Barnsley Partnership',
      'Stronger Communities Partnership',
    ]);
    expect(data<VersionTableData>(json, 'versionTable').rows.map((r) => r.version)).toEqual([
      '0.1',
      '0.2',
      '0.3',
      '0.4',
    ]);
    expect(
      data<CoordinationTableData>(json, 'coordinationTable').groups.map((g) => [
        g.title,
        g.rows.length,
      ]),
    ).toEqual([
      ['Effective coordination & communication', 3],
      ['Information sharing', 3],
    ]);
    expect(data<SignatoriesData>(json, 'signatories').rows.map((r) => r.name)).toContain(
      'Councillor Chris Lamb',
    );
    const matrix = data<PriorityMatrixData>(json, 'priorityMatrix');
    expect(matrix.priorities).toHaveLength(17);
    expect(matrix.priorities.map((p) => p.title)).toContain('Domestic Homicide Reviews');
    for (const priority of matrix.priorities) {
      const leads = Object.values(matrix.cells[priority.id] ?? {}).filter(
        (role) => role === 'lead',
      );
      expect(leads).toHaveLength(1);
    }
  });

  it('Sandwell: 4 boards and a glossary that adds JSNA to the boards’ acronyms', () => {
    const { json } = build(sandwellExample);
    expect(json.partnerships.map((p) => p.acronym)).toEqual(['HWBB', 'SSAB', 'SSCB', 'SSP']);
    const glossary = data<{ entries: GlossaryEntry[] }>(json, 'glossary');
    expect(glossary.entries.map((e) => [e.acronym, e.meaning])).toContainEqual([
      'JSNA',
      'Joint Strategic Needs Assessment',
    ]);
  });

  it('Somerset: 6 boards, 6 signatories, the 6-theme responsibilities matrix and the reporting scheme', () => {
    const { json, codes } = build(somersetExample);
    expect(json.partnerships).toHaveLength(6);
    const signatories = data<SignatoriesData>(json, 'signatories').rows;
    expect(signatories).toHaveLength(6);
    expect(new Set(signatories.map((s) => s.partnershipId))).toEqual(
      new Set(json.partnerships.map((p) => p.id)),
    );
    const responsibilities = data<SharedResponsibilitiesData>(json, 'sharedResponsibilities');
    expect(responsibilities.themes.map((t) => t.title)).toEqual([
      'Sexual Exploitation of Children & Vulnerable Adults',
      'Prevent Programme',
      'Youth Justice',
      'Modern Slavery',
      'Domestic Abuse',
      'Health and Wellbeing',
    ]);
    const ssp = json.partnerships.find((p) => p.acronym === 'SSP')!.id;
    const slavery = responsibilities.themes.find((t) => t.title === 'Modern Slavery')!.id;
    expect(responsibilities.cells[slavery]?.[ssp]).toContain('Leads on modern slavery');
    const reporting = data<ReportingArrangementsData>(json, 'reportingArrangements');
    expect(reporting.otherBodies.map((b) => b.name)).toEqual([
      'Scrutiny for Policies, Children and Families',
      'Scrutiny for Policies, Adults and Health',
    ]);
    expect(reporting.reports.length).toBeGreaterThanOrEqual(9);
    expect(codes).toEqual(['review-date-past']);
  });
});
