import { partnershipSignoffText } from '../../shared/versions/signoff/signoffState.ts';
import type { SignoffView } from '../blocks/BlocksContext.tsx';
import { SignButton } from './SignButton.tsx';

/**
 * One partnership's sign-off of the proposed version (awaiting, signed on a date, or
 * invalid, with why), and the chair's sign button when it is theirs to sign.
 */
export function SignoffCell({
  signoff,
  partnershipId,
}: {
  signoff: SignoffView | undefined;
  partnershipId: string;
}) {
  const state = signoff?.state;
  const row = state?.partnerships.find((p) => p.partnershipId === partnershipId);
  if (!signoff || !state || !row) return <span className="signoff-cell">—</span>;
  return (
    <span className="signoff-cell" data-signoff={row.status}>
      {partnershipSignoffText(row)}
      {row.status !== 'signed' && signoff.chairPartnershipId === partnershipId && (
        <SignButton
          label={state.label}
          partnershipName={row.name}
          sign={() => signoff.sign(state.versionId)}
        />
      )}
    </span>
  );
}
