import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIN_SECRET_LENGTH } from './authSettings.ts';

/** File name of the generated secret inside DATA_DIR. */
export const SECRET_FILE = '.auth-secret';

/**
 * The secret kept in `dataDir/.auth-secret`: read when present, otherwise 32 random bytes
 * (base64url) written with mode 0600 (exclusively, so two starts racing agree on one).
 * Throws when the file holds fewer than 32 characters.
 */
export async function readOrCreateSecretFile(dataDir: string): Promise<string> {
  const path = join(dataDir, SECRET_FILE);
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(path, randomBytes(32).toString('base64url') + '\n', {
      mode: 0o600,
      flag: 'wx',
    });
    // The umask cannot widen 0600, but a restrictive one could remove the owner's bits.
    await chmod(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = (await readFile(path, 'utf8')).trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${path} must hold at least ${MIN_SECRET_LENGTH} characters; delete it to generate a new secret`,
    );
  }
  return secret;
}
