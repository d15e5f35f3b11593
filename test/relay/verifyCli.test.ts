import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedVersionFile } from '../../shared/versions/signoff/signedVersionFile.ts';
import type { ConnectedPeer } from '../support/connectProvider.ts';
import { whenSynced } from '../support/connectProvider.ts';
import { connectWithToken } from '../support/connectWithToken.ts';
import {
  registerChair,
  relayKeysOf,
  saveNamedVersion,
  sendSignoff,
  writeDraft,
} from '../support/chairSigning.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { removeDir, tempDir } from '../support/tempDir.ts';
import { runCli } from '../support/runCli.ts';
import { waitFor } from '../support/waitFor.ts';
import { readSignoffs } from '../../shared/versions/signoff/signoffStore.ts';

const DOC = 'joint-protocol';

/** Runs `npm run verify --` with `args`, with no DATA_DIR of its own. */
const verify = (args: string[]) => runCli('verify', args, { DATA_DIR: undefined });

describe('npm run verify', () => {
  let relay: TestServer;
  let peer: ConnectedPeer;
  let dir: string;
  let signed: string;
  let fingerprint: string;

  beforeEach(async () => {
    relay = await startTestServer({ auth: true });
    dir = await tempDir('verify');
    peer = connectWithToken(relay.wsUrl, DOC, relay.mint({ doc: DOC, role: 'editor' }));
    await whenSynced(peer.provider);
    writeDraft(peer.doc);
    const version = await saveNamedVersion(peer.doc, '1.0', true);
    for (const [acronym, name] of [
      ['SAB', 'Ruth Ellison'],
      ['HWBB', 'Cllr Jo Marsh'],
    ] as const) {
      const chair = await registerChair(relay, DOC, acronym, name);
      expect((await sendSignoff(relay, chair, peer.doc, version)).status).toBe(201);
    }
    await waitFor(() => readSignoffs(peer.doc).length === 2, { message: 'both signatures' });
    const keys = await relayKeysOf(relay, relay.mint({ doc: DOC, role: 'viewer' }));
    fingerprint = [...keys.keys()][0]!;
    const file = await signedVersionFile(peer.doc, DOC, version, [...keys.values()]);
    signed = JSON.stringify(file, null, 2);
  });
  afterEach(async () => {
    peer.destroy();
    await relay.dispose();
    await removeDir(dir);
  });

  async function write(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }

  it('accepts the exported signed version, trusting the relay by data dir or fingerprint', async () => {
    const path = await write('signed.json', signed);
    const byDataDir = await verify([path, '--data-dir', relay.dataDir]);
    expect(byDataDir.stdout).toContain('Result: VALID. Version 1.0 is Final');
    expect(byDataDir.stdout).toContain('SAB: signed');
    expect(byDataDir.code).toBe(0);
    const byFingerprint = await verify([path, '--relay-key', fingerprint, '--data-dir', dir]);
    expect(byFingerprint.code).toBe(0);
  });

  it('rejects the file with a single character of content altered', async () => {
    const altered = signed.replace('Joint Working Protocol', 'Joint Working Protocal');
    expect(altered).not.toBe(signed);
    const run = await verify([await write('altered.json', altered), '--data-dir', relay.dataDir]);
    expect(run.stdout).toContain('the content was changed');
    expect(run.stdout).toContain('Result: NOT VALID');
    expect(run.code).toBe(1);
  });

  it('rejects a signature whose signer was changed, and an untrusted relay key', async () => {
    const changed = signed.replace(
      '"signerName": "Cllr Jo Marsh"',
      '"signerName": "Cllr Jo Marsg"',
    );
    expect(changed).not.toBe(signed);
    const run = await verify([await write('signer.json', changed), '--data-dir', relay.dataDir]);
    expect(run.stdout).toContain('HWBB: signature invalid');
    expect(run.code).toBe(1);
    const untrusted = await verify([await write('signed.json', signed), '--data-dir', dir]);
    expect(untrusted.stdout).toContain('is not a relay key you trust');
    expect(untrusted.code).toBe(1);
  });

  it('says plainly when the file is not a signed version', async () => {
    const run = await verify([await write('other.json', '{"format":"protocol-document"}')]);
    expect(run.stderr).toContain('is not a signed version');
    expect(run.code).toBe(2);
  });
});
