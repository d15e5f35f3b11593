import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc, titleText } from '../../document/docFields.ts';
import { addPartnership, readRegister } from '../../register/register.ts';
import type { BlockContext } from '../core/BlockDefinition.ts';
import { blockData, createBlock } from '../core/blockStore.ts';
import {
  documentHeader,
  reviewStatus,
  setDocumentTitle,
  setReviewDate,
  setStatus,
  setVersion,
} from './documentHeader.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';
import { readContent } from '../../document/readContent.ts';
import { applyTemplate } from '../../templates/applyTemplate.ts';
import { standardProtocol } from '../../templates/standardProtocol.ts';
import { blocksMap } from '../core/blockStore.ts';
import { headerReviewDate } from './headerReviewDate.ts';

function newHeader(doc = createDoc()) {
  const id = createBlock(doc, documentHeader, { partnerships: readRegister(doc) });
  return { doc, id, block: blockData(doc, id)! };
}

const context = (today = '2018-04-01'): BlockContext => ({ partnerships: [], bodyText: '', today });
const codes = (block: Y.Map<unknown>, today?: string) =>
  documentHeader.validate(documentHeader.read(block), context(today), 'b1').map((p) => p.code);

describe('documentHeader', () => {
  it('starts as a draft, version 0.1, with no review date', () => {
    const { block } = newHeader();
    expect(documentHeader.read(block)).toEqual({ status: 'draft', version: '0.1', reviewDate: '' });
  });

  it('reads back its status, version and review date, and no title of its own', () => {
    const { doc, block } = newHeader();
    doc.transact(() => {
      setStatus(block, 'final');
      setVersion(block, '0.4');
      setReviewDate(block, '2019-04-30');
      setDocumentTitle(doc, 'Inter-Partnership Joint Working Protocol');
    });
    expect(documentHeader.read(block)).toEqual({
      status: 'final',
      version: '0.4',
      reviewDate: '2019-04-30',
    });
    expect(titleText(doc).toString()).toBe('Inter-Partnership Joint Working Protocol');
    expect(block.has('title')).toBe(false);
  });

  it('clears the review date when given an empty or impossible date', () => {
    const { block } = newHeader();
    setReviewDate(block, '2019-04-30');
    setReviewDate(block, '');
    expect(documentHeader.read(block).reviewDate).toBe('');
    setReviewDate(block, '2019-02-30');
    expect(documentHeader.read(block).reviewDate).toBe('');
  });

  it('ignores a stored value that is not a status or a date', () => {
    const { block } = newHeader();
    block.set('status', 'published');
    block.set('reviewDate', 'next April');
    expect(documentHeader.read(block)).toMatchObject({ status: 'draft', reviewDate: '' });
  });

  it('reports a missing review date until one is set', () => {
    const { block } = newHeader();
    expect(codes(block)).toContain('review-date-missing');
    setReviewDate(block, '2019-04-01');
    expect(codes(block)).not.toContain('review-date-missing');
  });

  it('reports a review date before today, and not one on or after it', () => {
    const { block } = newHeader();
    setReviewDate(block, '2019-03-31');
    expect(codes(block, '2019-04-01')).toEqual(['review-date-past']);
    expect(codes(block, '2019-03-31')).toEqual([]);
    setReviewDate(block, '2020-04-01');
    expect(codes(block, '2019-04-01')).toEqual([]);
  });

  it('warns about a missing version, aimed at the version field', () => {
    const { block } = newHeader();
    setReviewDate(block, '2030-01-01');
    setVersion(block, '  ');
    const found = documentHeader.validate(documentHeader.read(block), context(), 'b1');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'empty-cell',
        severity: 'warning',
        target: { blockId: 'b1', field: 'version' },
      }),
    ]);
    setVersion(block, '1.0');
    expect(codes(block)).toEqual([]);
  });

  it('refers to no partnership', () => {
    const { doc, block } = newHeader();
    const id = addPartnership(doc, { name: 'Safeguarding Adults Board' });
    expect(documentHeader.usesPartnership(documentHeader.read(block), id)).toBe(false);
  });

  it('merges two people editing the title and the version at once', () => {
    const { doc: a, id, block } = newHeader();
    setDocumentTitle(a, 'Joint Working Protocol');
    const b = createDoc();
    sync(a, b);
    const other = blockData(b, id)!;
    setDocumentTitle(a, 'Barnsley Joint Working Protocol');
    setVersion(block, '0.10');
    setDocumentTitle(b, 'Joint Working Protocol 2018');
    setStatus(other, 'final');
    setReviewDate(other, '2019-04-01');
    sync(a, b);
    expect(titleText(a).toString()).toBe('Barnsley Joint Working Protocol 2018');
    expect(documentHeader.read(other)).toEqual({
      status: 'final',
      version: '0.10',
      reviewDate: '2019-04-01',
    });
    expect(documentHeader.read(block)).toEqual(documentHeader.read(other));
  });
});

describe('reviewStatus', () => {
  it('is none without a valid review date', () => {
    expect(reviewStatus('', '2018-04-01')).toEqual({ kind: 'none', days: 0 });
    expect(reviewStatus('April 2019', '2018-04-01')).toEqual({ kind: 'none', days: 0 });
  });

  it('counts the days until a review still to come, 0 on the day', () => {
    expect(reviewStatus('2019-04-01', '2018-04-01')).toEqual({ kind: 'due', days: 365 });
    expect(reviewStatus('2018-04-01', '2018-04-01')).toEqual({ kind: 'due', days: 0 });
  });

  it('counts the days since an overdue review, across a leap day', () => {
    expect(reviewStatus('2020-02-28', '2020-03-01')).toEqual({ kind: 'overdue', days: 2 });
  });

  it('is unaffected by clock changes', () => {
    expect(reviewStatus('2018-04-01', '2018-03-24')).toEqual({ kind: 'due', days: 8 });
  });
});

describe('headerReviewDate', () => {
  it('reads the review date of the header block in the body, and nothing without one', () => {
    const doc = createDoc();
    expect(headerReviewDate(doc)).toBe('');
    applyTemplate(doc, standardProtocol);
    const header = readContent(doc).blocks.find((b) => b.type === 'documentHeader')!;
    setReviewDate(blocksMap(doc).get(header.id)!, '2027-04-30');
    expect(headerReviewDate(doc)).toBe('2027-04-30');
  });
});
