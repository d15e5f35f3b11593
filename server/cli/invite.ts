import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { ROLE_LABEL } from '../../shared/auth/roles.ts';
import { inviteLink } from '../auth/inviteLink.ts';
import { mintGrant } from '../auth/mintGrant.ts';
import { resolveAuth } from '../auth/resolveAuth.ts';
import { signGrant } from '../auth/tokens.ts';
import { ConfigError, loadConfig, type ServerConfig } from '../config.ts';
import { INVITE_USAGE, parseInviteArgs } from './parseInviteArgs.ts';
import { relayBaseUrl } from './relayBaseUrl.ts';

// `npm run invite -- <docId> --role …`: prints an access link. Minting is stateless signing
// with the relay's secret; the store is never opened (a running relay holds its lock), and
// the relay records the grant the first time the link is used.

function usageError(message: string): never {
  console.error(`invite: ${message}\n\n${INVITE_USAGE}`);
  process.exit(2);
}

function configError(error: unknown): never {
  if (error instanceof ConfigError) usageError(error.message);
  throw error;
}

const args = parseInviteArgs(process.argv.slice(2), process.env);
if (!args.ok && args.help) {
  console.log(INVITE_USAGE);
  process.exit(0);
}
if (!args.ok) usageError(args.message);

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  configError(error);
}
if (config.auth?.mode === 'off') usageError('authentication is off (AUTH=off): no link is needed');
const auth = await resolveAuth(config).catch(configError);
if (auth.mode === 'off') usageError('authentication is off (AUTH=off): no link is needed');

const grant = mintGrant(args.init);
console.log(
  inviteLink(args.baseUrl ?? relayBaseUrl(config), grant.doc, signGrant(auth.secret, grant)),
);
const what = grant.doc === ALL_DOCUMENTS ? 'every document' : `document ${grant.doc}`;
const who = [grant.name, grant.organisation].filter(Boolean).join(', ');
const chair = grant.partnership ? ` for ${grant.partnership}` : '';
console.error(
  `${ROLE_LABEL[grant.role]}${chair} link to ${what} for ${who}, valid until ` +
    `${new Date(grant.exp * 1000).toISOString()} (link id ${grant.lid}).`,
);
