import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../shared/document/docFields.ts';
import type { DocumentExport } from '../../shared/document/exportJson.ts';
import { MAX_IMPORT_BYTES } from '../../shared/importing/checkImportFile.ts';
import { DOCX_STYLE_MAP } from '../../shared/importing/docxToHtml.ts';
import type { ImportReport } from '../../shared/importing/ImportReport.ts';
import { exportPath, importPath } from '../../shared/protocol/paths.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import { everyBlockSpec } from '../../shared/testing/everyBlockSpec.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { hasTool } from '../support/requireTool.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { removeDir } from '../support/tempDir.ts';

const execFileAsync = promisify(execFile);

const DOC_ID = 'every-block-protocol';
const TITLE = everyBlockSpec.title;

async function download(relay: TestServer, format: 'md' | 'html' | 'docx' | 'pdf') {
  const response = await fetch(`${relay.url}${exportPath(DOC_ID, format)}`);
  expect(response.status).toBe(200);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const upload = (relay: TestServer, name: string, body: Uint8Array, token?: string) =>
  fetch(`${relay.url}${importPath(name)}`, {
    method: 'POST',
    body: Buffer.from(body),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const listedIds = async (relay: TestServer) =>
  (
    (await (await fetch(`${relay.url}/api/docs`)).json()) as { documents: { id: string }[] }
  ).documents
    .map((d) => d.id)
    .sort();

describe('exports from the relay and imports into it', () => {
  let relay: TestServer;
  let work: string;
  beforeAll(async () => {
    relay = await startTestServer();
    work = await mkdtemp(join(tmpdir(), 'publishing-'));
    const doc = createDoc();
    applyTemplate(doc, everyBlockSpec);
    const client = await RawRelayClient.connect(relay.wsUrl, DOC_ID);
    Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(doc));
    await client.durableState();
    client.close();
  });
  afterAll(async () => {
    await relay.dispose();
    await removeDir(work);
  });

  it('serves Markdown and HTML as downloads named after the title', async () => {
    const md = await download(relay, 'md');
    expect(md.response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.response.headers.get('content-disposition')).toBe(
      'attachment; filename="Joint-Working-Protocol-for-Four-Boards.md"',
    );
    expect(new TextDecoder().decode(md.bytes)).toContain(
      '| Strategic priority | Safeguarding Adults Board (SAB) |',
    );
    const html = new TextDecoder().decode((await download(relay, 'html')).bytes);
    expect(html).toContain('<th scope="col">Lead partnership</th>');
    expect(html).toContain('<th scope="row">Preventing abuse &amp; neglect</th>');
    expect(html).toContain('<caption>Strategic priority matrix</caption>');
  });

  it('serves a DOCX that mammoth reads without warnings about its structure', async () => {
    const { response, bytes } = await download(relay, 'docx');
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: DOCX_STYLE_MAP },
    );
    expect(converted.messages).toEqual([]);
    expect(converted.value).toContain(
      '<h1 class="title">Joint Working Protocol for Four Boards</h1>',
    );
    expect(converted.value).toContain('<thead><tr><th><p><strong>Version</strong></p></th>');
  });

  it('serves a DOCX that LibreOffice converts to PDF', async ({ skip }) => {
    if (!hasTool('soffice') || !hasTool('pdftotext')) skip();
    const { bytes } = await download(relay, 'docx');
    const file = join(work, 'protocol.docx');
    await writeFile(file, bytes);
    const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
    // Asynchronously: blocking this process for the seconds LibreOffice takes also froze
    // the relay living in it, whose idle keep-alive socket then closed under the next fetch.
    // A non-zero exit rejects, with LibreOffice's stderr in the error.
    await execFileAsync(
      'soffice',
      ['--headless', profile, '--convert-to', 'pdf', '--outdir', work, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const text = execFileSync('pdftotext', [join(work, 'protocol.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text.replace(/\s+/g, ' ')).toContain('The chairs review this protocol every year.');
    expect(text).toMatch(/Page 1 of \d/);
  }, 150_000);

  it('serves a PDF', async () => {
    const { response, bytes } = await download(relay, 'pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('the PDF is A4 with page numbers, the text and embedded fonts', async ({ skip }) => {
    if (!hasTool('pdftotext') || !hasTool('pdffonts')) skip();
    const { bytes } = await download(relay, 'pdf');
    const file = join(work, 'export.pdf');
    await writeFile(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(TITLE);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Version 1.2 · Final · Review date 31 March 2027');
    expect(text).toContain('1.1');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  it('imports a DOCX as a new document and answers with the report', async () => {
    const { bytes } = await download(relay, 'docx');
    const response = await upload(relay, 'Every block.docx', bytes);
    expect(response.status).toBe(201);
    const { id, report } = (await response.json()) as { id: string; report: ImportReport };
    expect(report.title).toBe(TITLE);
    expect(report.blocks.map((b) => b.type)).toContain('priorityMatrix');
    const json = (await (await fetch(`${relay.url}${exportPath(id)}`)).json()) as DocumentExport;
    expect(json.title).toBe(TITLE);
    expect(json.blocks).toHaveLength(14 - 3); // three more profile tables fold into one block
  });

  it('refuses a corrupt or oversized file and creates nothing', async () => {
    const before = await listedIds(relay);
    const notZip = await upload(relay, 'protocol.docx', new TextEncoder().encode('plain text'));
    expect(notZip.status).toBe(400);
    expect(((await notZip.json()) as { error: { code: string } }).error.code).toBe(
      'import-refused',
    );
    const binary = await upload(relay, 'notes.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0]));
    expect(binary.status).toBe(400);
    const huge = await upload(relay, 'huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(huge.status).toBe(413);
    expect(await listedIds(relay)).toEqual(before);
  });

  it('`npm run export` writes a file fetched from the running relay', async () => {
    const out = join(work, 'cli.md');
    // Run asynchronously: the relay answering it lives in this process.
    await execFileAsync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/cli/exportCli.ts',
        DOC_ID,
        '--format',
        'md',
        '-o',
        out,
        '--base-url',
        relay.url,
      ],
      { cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, AUTH: 'off' } },
    );
    expect(await readFile(out, 'utf8')).toContain(`# ${TITLE}`);
  });
});

describe('who may import', () => {
  let relay: TestServer;
  beforeAll(async () => {
    relay = await startTestServer({ auth: true });
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it('needs a workspace grant that may edit: a link to one document or a viewer gets 403', async () => {
    const file = new TextEncoder().encode('A protocol\n\nIntroduction\n\nThe boards agree.');
    const oneDocument = relay.mint({ doc: 'some-document', role: 'editor' });
    expect((await upload(relay, 'p.txt', file, oneDocument)).status).toBe(403);
    const viewer = relay.mint({ doc: '*', role: 'viewer' });
    expect((await upload(relay, 'p.txt', file, viewer)).status).toBe(403);
    expect((await upload(relay, 'p.txt', file)).status).toBe(401);
    const owner = relay.mint({ doc: '*', role: 'owner' });
    const created = await upload(relay, 'p.txt', file, owner);
    expect(created.status).toBe(201);
    const { report } = (await created.json()) as { report: ImportReport };
    expect(report).toMatchObject({ title: 'A protocol', body: { headings: 1, paragraphs: 1 } });
  });
});
