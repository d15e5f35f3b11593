import { describe, expect, it } from 'vitest';
import { checkImportFile, ImportError, MAX_IMPORT_BYTES } from './checkImportFile.ts';
import { readImport } from './readImport.ts';

const refusal = async (name: string, bytes: Uint8Array) => {
  const error = await readImport(name, bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
};

describe('files an import refuses, before parsing anything', () => {
  it('a file over the size limit', async () => {
    const error = await refusal('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('files up to 20 MB can be imported');
  });

  it('a .docx that is not a zip archive', async () => {
    const error = await refusal('old.docx', new TextEncoder().encode('not really a document'));
    expect(error.code).toBe('not-a-docx');
  });

  it('a zip archive that is not a Word document', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(64).fill(7)]);
    expect((await refusal('broken.docx', bytes)).code).toBe('unreadable');
  });

  it('binary data renamed .txt, and text that is not UTF-8', async () => {
    expect((await refusal('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).code).toBe(
      'binary-text',
    );
    expect((await refusal('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).code).toBe(
      'binary-text',
    );
  });

  it('another kind of file', () => {
    expect(() => checkImportFile('protocol.pdf', new Uint8Array([1]))).toThrow(
      /not a .docx, .md or .txt/,
    );
    expect(checkImportFile('Protocol.MD', new TextEncoder().encode('# Title'))).toBe('md');
  });
});
