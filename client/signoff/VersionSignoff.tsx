import { useState } from 'react';
import type * as Y from 'yjs';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import type { VersionRecord } from '../../shared/versions/versionStore.ts';
import type { SignoffView } from '../blocks/BlocksContext.tsx';
import { exportSignedVersion } from './exportSignedVersion.ts';
import { SignButton } from './SignButton.tsx';

/**
 * A proposed version's sign-off in the Versions panel: how many partnerships signed, the
 * chair's sign button, and the signed export that `npm run verify` checks.
 */
export function VersionSignoff({
  doc,
  docId,
  version,
  signoff,
}: {
  doc: Y.Doc;
  docId: string;
  version: VersionRecord;
  signoff: SignoffView & { relayKeys: ReadonlyMap<string, PublicKeyJwk> };
}) {
  const [error, setError] = useState('');
  const state = signoff.state?.versionId === version.id ? signoff.state : undefined;
  const mine = state?.partnerships.find((p) => p.partnershipId === signoff.chairPartnershipId);
  const summary = !state
    ? 'Proposed for sign-off'
    : state.final
      ? `Final: signed for all ${state.partnerships.length} partnerships`
      : `Sign-off: ${state.signedCount} of ${state.partnerships.length} partnerships signed`;
  return (
    <div className="versions__signoff" data-version-signoff={version.label}>
      <span>{summary}</span>
      {state && mine && mine.status !== 'signed' && (
        <SignButton
          label={version.label}
          partnershipName={mine.name}
          sign={() => signoff.sign(version.id)}
        />
      )}
      <button
        type="button"
        aria-label={`Export signed version ${version.label} (JSON)`}
        onClick={() => {
          setError('');
          exportSignedVersion(doc, docId, version.id, signoff.relayKeys).catch((reason: unknown) =>
            setError(reason instanceof Error ? reason.message : 'Export failed.'),
          );
        }}
      >
        Export signed version (JSON)
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
