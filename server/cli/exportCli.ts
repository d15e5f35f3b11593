import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isExportFormat } from '../../shared/publish/exportFormats.ts';
import { exportPath } from '../../shared/protocol/paths.ts';
import { isValidDocId } from '../../shared/protocol/docId.ts';
import { mintGrant } from '../auth/mintGrant.ts';
import { resolveAuth } from '../auth/resolveAuth.ts';
import { signGrant } from '../auth/tokens.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { relayBaseUrl } from './relayBaseUrl.ts';

// `npm run export -- <docId> --format docx -o out.docx`: asks the running relay for the
// export (the relay holds its store's lock), signing a one-day viewer link for the call.

const USAGE = `Usage: npm run export -- <docId> --format <docx|pdf|md|html|json> [-o <file>]
         [--base-url http://127.0.0.1:8420]
Writes the export to <file> (default: the file name the relay suggests).`;

function fail(message: string): never {
  console.error(`export: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'docx' },
      output: { type: 'string', short: 'o' },
      'base-url': { type: 'string' },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const [docId] = parsed.positionals;
const { format, output } = parsed.values;
if (!docId || !isValidDocId(docId)) fail('give the id of a document');
if (!isExportFormat(format)) fail(`unknown format “${format}”`);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const headers: Record<string, string> = {};
if (config.auth?.mode !== 'off') {
  const auth = await resolveAuth(config);
  if (auth.mode === 'on') {
    const grant = mintGrant({
      doc: docId,
      role: 'viewer',
      name: 'Export',
      organisation: '',
      days: 1,
    });
    headers.authorization = `Bearer ${signGrant(auth.secret, grant)}`;
  }
}
const baseUrl = parsed.values['base-url'] ?? relayBaseUrl(config);
let response: Response;
try {
  response = await fetch(`${baseUrl}${exportPath(docId, format)}`, { headers });
} catch {
  console.error(`export: the relay at ${baseUrl} could not be reached; is it running?`);
  process.exit(1);
}
if (!response.ok) {
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  console.error(`export: ${response.status} ${body.error?.message ?? response.statusText}`);
  process.exit(1);
}
const suggested = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
const file = output ?? suggested ?? `${docId}.${format}`;
await writeFile(file, new Uint8Array(await response.arrayBuffer()));
console.error(`Wrote ${file}`);
