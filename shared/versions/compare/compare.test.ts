import { describe, expect, it } from 'vitest';
import { blockData } from '../../blocks/core/blockStore.ts';
import { setRole } from '../../blocks/priorityMatrix/priorityMatrix.ts';
import {
  addReport,
  setAction,
  setTiming,
} from '../../blocks/reportingArrangements/reportingArrangements.ts';
import { createDoc } from '../../document/docFields.ts';
import { readContent } from '../../document/readContent.ts';
import { addPartnership, readRegister, updatePartnership } from '../../register/register.ts';
import { applyTemplate } from '../../templates/applyTemplate.ts';
import { barnsleyExample } from '../../templates/examples/barnsleyExample.ts';
import { somersetExample } from '../../templates/examples/somersetExample.ts';
import { bodyParagraphs } from './bodyParagraphs.ts';
import { describeChanges } from './describeChanges.ts';
import { diffSequence } from './diffSequence.ts';
import { redline } from './redline.ts';

describe('diffSequence and redline', () => {
  it('groups kept, added and removed runs', () => {
    expect(diffSequence(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { kind: 'same', items: ['a'] },
      { kind: 'removed', items: ['b'] },
      { kind: 'added', items: ['x'] },
      { kind: 'same', items: ['c'] },
    ]);
  });

  it('marks inserted and deleted words in a changed paragraph, whole paragraphs otherwise', () => {
    const lines = redline(
      ['Introduction', 'The boards meet every six months.', 'Old closing words.'],
      ['Introduction', 'The boards meet every three months.', 'A new paragraph.'],
    );
    expect(lines[0]).toEqual({ kind: 'same', text: 'Introduction' });
    expect(lines[1]).toMatchObject({ kind: 'changed' });
    const changed = lines[1] as { parts: { kind: string; items: string[] }[] };
    expect(changed.parts.filter((p) => p.kind === 'added').flatMap((p) => p.items)).toEqual([
      'three',
    ]);
    expect(changed.parts.filter((p) => p.kind === 'removed').flatMap((p) => p.items)).toEqual([
      'six',
    ]);
  });
});

describe('describeChanges', () => {
  it('lists a matrix role change, a renamed and an added partnership by meaning', () => {
    const doc = createDoc();
    applyTemplate(doc, barnsleyExample);
    const before = readContent(doc);
    const matrix = before.blocks.find((b) => b.type === 'priorityMatrix')!;
    const domesticAbuse = (
      matrix.data as { priorities: { id: string; title: string }[] }
    ).priorities.find((p) => p.title === 'Domestic Abuse')!.id;
    const [sab, , sbp] = readRegister(doc);
    setRole(blockData(doc, matrix.id)!, domesticAbuse, sab!.id, 'lead');
    setRole(blockData(doc, matrix.id)!, domesticAbuse, sbp!.id, 'contributing');
    updatePartnership(doc, sbp!.id, 'name', 'Safer Barnsley Community Safety Partnership');
    addPartnership(doc, { name: 'Health and Wellbeing Board', acronym: 'HWB' });
    const changes = describeChanges(before, readContent(doc));
    expect(changes).toContain(
      'Partnership renamed: Safer Barnsley Partnership → Safer Barnsley Community Safety Partnership',
    );
    expect(changes).toContain('Partnership added: Health and Wellbeing Board');
    expect(changes).toContain('Domestic Abuse: Safeguarding Adults Board Contributing → Lead');
    expect(changes).toContain(
      'Domestic Abuse: Safer Barnsley Community Safety Partnership Lead → Contributing',
    );
  });

  it('describes a report added with its recipient, action and timing', () => {
    const doc = createDoc();
    applyTemplate(doc, somersetExample);
    const before = readContent(doc);
    const block = before.blocks.find((b) => b.type === 'reportingArrangements')!;
    const [hwb, sct] = readRegister(doc);
    const report = addReport(blockData(doc, block.id)!, sct!.id, 'Annual Report');
    setAction(blockData(doc, block.id)!, report, hwb!.id, 'present');
    setTiming(blockData(doc, block.id)!, report, hwb!.id, 'Autumn');
    expect(describeChanges(before, readContent(doc))).toEqual([
      'Report added: Annual Report → Somerset Health and Wellbeing Board, Present, Autumn',
    ]);
  });

  it('reads the body as paragraphs for the redline', () => {
    const doc = createDoc();
    applyTemplate(doc, barnsleyExample);
    expect(bodyParagraphs(readContent(doc).body)).toContain('Introduction');
  });
});

describe('redline of an insertion in the middle of a paragraph', () => {
  it('marks the inserted words as one run, not matched to words far away', () => {
    const [line] = redline(
      ['The boards work together on the priorities they share.'],
      ['The boards work together on the new joint priorities they share.'],
    );
    const parts = (line as { parts: { kind: string; items: string[] }[] }).parts;
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.items.join('')])).toEqual([
      ['added', 'new joint '],
    ]);
  });
});
