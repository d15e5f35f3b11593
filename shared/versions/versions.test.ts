import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockData } from '../blocks/core/blockStore.ts';
import { setRole } from '../blocks/priorityMatrix/priorityMatrix.ts';
import { createDoc, titleText } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { addPartnership, readRegister } from '../register/register.ts';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { barnsleyExample } from '../templates/examples/barnsleyExample.ts';
import { contentHash } from './contentHash.ts';
import { restoreVersion } from './restoreVersion.ts';
import { nextVersionLabel } from './versionLabel.ts';
import { readVersions, saveVersion, versionDoc } from './versionStore.ts';

async function save(doc: Y.Doc, label: string): Promise<string> {
  const hash = await contentHash(readContent(doc));
  return saveVersion(doc, {
    label,
    author: 'Wendy Lowder',
    rationale: `${label} draft`,
    createdAt: '2026-11-22T10:00:00Z',
    contentHash: hash,
  });
}

describe('named versions', () => {
  it('suggests the next label', () => {
    expect(nextVersionLabel([])).toBe('0.1');
    expect(nextVersionLabel(['0.1', '0.2'])).toBe('0.3');
    expect(nextVersionLabel(['0.9', '0.10'])).toBe('0.11');
    expect(nextVersionLabel(['0.4'], true)).toBe('1.0');
    expect(nextVersionLabel(['1.0', 'final'])).toBe('1.1');
  });

  it('reopens any version exactly as it was', async () => {
    const doc = createDoc();
    applyTemplate(doc, barnsleyExample);
    const v1 = await save(doc, '0.1');
    const before = readContent(doc);
    titleText(doc).insert(0, 'Revised ');
    addPartnership(doc, { name: 'Health and Wellbeing Board', acronym: 'HWB' });
    const v2 = await save(doc, '0.2');
    expect(readVersions(doc).map((v) => v.label)).toEqual(['0.1', '0.2']);
    expect(readContent(versionDoc(doc, v1)!)).toEqual(before);
    expect(readContent(versionDoc(doc, v2)!).partnerships).toHaveLength(5);
    expect(await contentHash(readContent(versionDoc(doc, v1)!))).toBe(
      readVersions(doc)[0]!.contentHash,
    );
  });

  it('restores a version as a new change that a collaborator receives as an ordinary edit', async () => {
    const doc = createDoc();
    applyTemplate(doc, barnsleyExample);
    const v1 = await save(doc, '0.1');
    const original = await contentHash(readContent(doc));
    const peer = createDoc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));

    titleText(doc).insert(0, 'Changed ');
    const matrix = readContent(doc).blocks.find((b) => b.type === 'priorityMatrix')!;
    const first = (matrix.data as { priorities: { id: string }[] }).priorities[0]!.id;
    setRole(blockData(doc, matrix.id)!, first, readRegister(doc)[3]!.id, 'lead');
    addPartnership(doc, { name: 'Youth Justice Board', acronym: 'YJB' });
    expect(await contentHash(readContent(doc))).not.toBe(original);

    const beforeRestore = Y.encodeStateVector(peer);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, beforeRestore));
    const vector = Y.encodeStateVector(doc);
    expect(restoreVersion(doc, v1)).toBe(true);
    expect(await contentHash(readContent(doc))).toBe(original);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, vector));
    expect(await contentHash(readContent(peer))).toBe(original);
    expect(readVersions(doc)).toHaveLength(1);
  });
});
