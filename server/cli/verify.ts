import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { keyFingerprint } from '../../shared/versions/signoff/ecdsa.ts';
import { parseSignedVersionFile } from '../../shared/versions/signoff/signedVersionFile.ts';
import { verifySignedVersion } from '../../shared/versions/signoff/verifySignedVersion.ts';
import { readRelayPublicKey } from '../signing/relayKey.ts';
import { verifyReport } from './verifyReport.ts';

// `npm run verify -- <file> [--relay-key <fingerprint>]… [--data-dir <dir>]`: checks an
// exported signed version with no network: its content against its hash and every
// signature against the content. Exit 0 valid, 1 not valid, 2 cannot be read.

const USAGE = `Usage: npm run verify -- <signed-version.json> [--relay-key <fingerprint>]... [--data-dir <dir>]

Checks a signed version exported from the Versions tab: the content against its SHA-256
hash, and each chair's signature against that content. Chairs' keys count only when a relay
key you trust registered them: give its fingerprint (shown in the Versions tab) with
--relay-key, or the relay's data directory with --data-dir (default: DATA_DIR or ./data).
Exit status: 0 valid, 1 not valid, 2 the file cannot be read.`;

function fail(message: string): never {
  console.error(`verify: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      'relay-key': { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [path, ...extra] = parsed.positionals;
if (!path || extra.length > 0) fail('give exactly one file');

let value: unknown;
try {
  value = JSON.parse(await readFile(path, 'utf8'));
} catch (error) {
  fail(`cannot read ${path} as JSON: ${(error as Error).message}`);
}
const file = parseSignedVersionFile(value);
if (!file.ok) fail(`${path} is not a signed version: ${file.message}`);

const trusted = new Set((parsed.values['relay-key'] ?? []).map((f) => f.trim().toLowerCase()));
const dataDir = resolve(parsed.values['data-dir'] ?? process.env.DATA_DIR ?? './data');
const relayKey = await readRelayPublicKey(dataDir).catch(() => undefined);
if (relayKey) trusted.add(await keyFingerprint(relayKey));

const report = await verifySignedVersion(file.file, trusted);
const title = typeof file.file.content.title === 'string' ? file.file.content.title : '';
console.log(verifyReport(report, title));
process.exit(report.valid ? 0 : 1);
