import { describe, expect, it } from 'vitest';
import barnsley from '../../test/fixtures/import/barnsley-like.txt?raw';
import sandwell from '../../test/fixtures/import/sandwell-like.txt?raw';
import somerset from '../../test/fixtures/import/somerset-like.txt?raw';
import type { CoordinationTableData } from '../blocks/coordinationTable/coordinationTable.ts';
import type { DocumentHeaderData } from '../blocks/documentHeader/documentHeader.ts';
import type { GlossaryData } from '../blocks/glossary/glossary.ts';
import type { PriorityMatrixData } from '../blocks/priorityMatrix/priorityMatrix.ts';
import type { SharedResponsibilitiesData } from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import type { SignatoriesData } from '../blocks/signatories/signatories.ts';
import type { VersionTableData } from '../blocks/versionTable/versionTable.ts';
import { createDoc } from '../document/docFields.ts';
import { readContent, type DocumentContent } from '../document/readContent.ts';
import { createImportedDoc, readImport } from './readImport.ts';

async function importText(name: string, text: string) {
  const plan = await readImport(name, new TextEncoder().encode(text));
  const doc = createDoc();
  createImportedDoc(doc, plan);
  return { content: readContent(doc), report: plan.report };
}

function data<T>(content: DocumentContent, type: string): T {
  const block = content.blocks.find((b) => b.type === type);
  if (!block) throw new Error(`no ${type} block`);
  return block.data as T;
}

describe('text copied out of published protocols becomes structured blocks', () => {
  it('Barnsley-like: header, version table, coordination table, signatories and a 19 × 4 priority matrix', async () => {
    const { content, report } = await importText('barnsley.txt', barnsley);
    const names = content.partnerships.map((p) => `${p.name} (${p.acronym})`);
    expect(names).toEqual([
      'Safeguarding Adults Board (SAB)',
      'Safeguarding Children Board (SCB)',
      'Safer Barnsley Partnership (SBP)',
      'Stronger Communities Partnership (SCP)',
    ]);
    expect(data<DocumentHeaderData>(content, 'documentHeader')).toMatchObject({
      status: 'final',
      reviewDate: '2019-05-01',
    });
    expect(
      data<VersionTableData>(content, 'versionTable').rows.map((r) => [r.version, r.date]),
    ).toEqual([
      ['0.1', '2017-10-02'],
      ['0.2', '2017-11-20'],
      ['0.3', '2018-01-15'],
      ['1.0', '2018-04-30'],
    ]);
    const coordination = data<CoordinationTableData>(content, 'coordinationTable');
    expect(coordination.groups.map((g) => [g.title, g.rows.length])).toEqual([
      ['Coordination and communication', 2],
      ['Information sharing', 2],
    ]);
    // The row split across pages is joined again.
    expect(coordination.groups[0]!.rows[1]!.action).toMatch(/take on this role for the year\.$/);
    const signatories = data<SignatoriesData>(content, 'signatories').rows;
    expect(signatories).toHaveLength(5);
    const sbp = content.partnerships.find((p) => p.acronym === 'SBP')!.id;
    expect(signatories[2]).toMatchObject({
      name: 'Lee Lowe',
      designation: 'Co-Chair',
      partnershipId: sbp,
      signature: 'L. Lowe',
      date: '2018-05-08',
    });
    const matrix = data<PriorityMatrixData>(content, 'priorityMatrix');
    expect(matrix.priorities).toHaveLength(19);
    expect(matrix.title).toBe('Strategic priority matrix');
    for (const priority of matrix.priorities) {
      const roles = Object.values(matrix.cells[priority.id] ?? {});
      expect(roles.filter((r) => r === 'lead')).toHaveLength(1);
    }
    const sab = content.partnerships.find((p) => p.acronym === 'SAB')!.id;
    const abuse = matrix.priorities.find((p) => p.title === 'Preventing Abuse & Neglect')!.id;
    expect(matrix.cells[abuse]).toEqual({
      [sab]: 'lead',
      [content.partnerships[1]!.id]: 'contributing',
      [sbp]: 'contributing',
    });
    expect(report.notes).toEqual(['Left out a matrix key: every priority matrix shows its own.']);
  });

  it('Sandwell-like: the glossary, with the boards in the register and other acronyms as entries', async () => {
    const { content, report } = await importText('sandwell.txt', sandwell);
    expect(content.partnerships.map((p) => p.acronym)).toEqual(['HWBB', 'SSAB', 'SSCB', 'SSP']);
    const glossary = data<GlossaryData>(content, 'glossary');
    expect(glossary.entries.map((e) => [e.acronym, e.meaning])).toEqual([
      ['JSNA', 'Joint Strategic Needs Assessment'],
      ['PoVE', 'Prevention of Violence and Exploitation'],
    ]);
    expect(report.notes).toEqual(['Left out a contents list: the editor numbers sections itself.']);
  });

  it('Somerset-like: numbered clauses, a lettered list, 6 signatories and the boards × themes matrix turned round', async () => {
    const { content, report } = await importText('somerset.txt', somerset);
    expect(content.partnerships.map((p) => p.acronym)).toEqual([
      'HWB',
      'CT',
      'SCP',
      'SCB',
      'SAB',
      'CPB',
    ]);
    const body = content.body.content as { type: string; attrs?: Record<string, unknown> }[];
    expect(body.filter((n) => n.type === 'paragraph' && n.attrs?.clause)).toHaveLength(3);
    expect(body.find((n) => n.type === 'orderedList')?.attrs?.listStyle).toBe('lower-alpha');
    const signatories = data<SignatoriesData>(content, 'signatories').rows;
    expect(signatories.map((s) => s.name)).toEqual([
      'Cllr Ada Brown',
      'Eli Tipton',
      'Liz Spence',
      'Sal Hall',
      'Rick Cromer',
      'Cllr Lin Vale',
    ]);
    expect(new Set(signatories.map((s) => s.partnershipId))).toEqual(
      new Set(content.partnerships.map((p) => p.id)),
    );
    expect(signatories.every((s) => s.date === '2016-07-01')).toBe(true);
    const matrix = data<SharedResponsibilitiesData>(content, 'sharedResponsibilities');
    expect(matrix.themes.map((t) => t.title)).toEqual([
      'Sexual Exploitation',
      'Prevent Programme',
      'Youth Justice',
      'Modern Slavery',
      'Domestic Abuse',
      'Health and Wellbeing',
    ]);
    const scp = content.partnerships.find((p) => p.acronym === 'SCP')!.id;
    const slavery = matrix.themes.find((t) => t.title === 'Modern Slavery')!.id;
    expect(matrix.cells[slavery]?.[scp]).toBe('Leads on modern slavery.');
    expect(report.blocks.map((b) => b.type)).toEqual(['signatories', 'sharedResponsibilities']);
  });
});
