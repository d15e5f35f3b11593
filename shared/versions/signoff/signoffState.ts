import { partnershipLabel, type Partnership } from '../../register/Partnership.ts';
import type { SignoffRecord } from './signoffRecord.ts';
import { INVALID_REASON_TEXT, type InvalidReason, type Verdict } from './verifySignoff.ts';

/** One partnership's sign-off of the version: awaiting, signed (when, by whom) or invalid. */
export type PartnershipSignoff =
  | { partnershipId: string; name: string; status: 'awaiting' }
  | { partnershipId: string; name: string; status: 'signed'; signerName: string; signedAt: string }
  | { partnershipId: string; name: string; status: 'invalid'; reason: InvalidReason };

/** Where the sign-off of one version stands. */
export interface SignoffState {
  versionId: string;
  label: string;
  partnerships: PartnershipSignoff[];
  signedCount: number;
  /** Every partnership in the version's register has a valid signature. */
  final: boolean;
  /** The document's content is no longer the version's. */
  changedSince: boolean;
}

/** A record with what checking it found. */
export interface CheckedSignoff {
  record: SignoffRecord;
  verdict: Verdict;
}

/**
 * For each partnership of the version's register: signed when a valid signature claims
 * this version for it, invalid when only invalid ones do, otherwise awaiting. Pure.
 */
export function signoffState(input: {
  version: { id: string; label: string; contentHash: string };
  partnerships: readonly Partnership[];
  checked: readonly CheckedSignoff[];
  currentHash: string;
}): SignoffState {
  const forVersion = input.checked.filter(
    ({ record }) => record.payload.versionId === input.version.id,
  );
  const partnerships = input.partnerships.map((partnership): PartnershipSignoff => {
    const name = partnershipLabel(partnership);
    const mine = forVersion.filter(({ record }) => record.payload.partnershipId === partnership.id);
    const valid = mine.find(({ verdict }) => verdict.valid);
    if (valid) {
      const { signerName, signedAt } = valid.record.payload;
      return { partnershipId: partnership.id, name, status: 'signed', signerName, signedAt };
    }
    const invalid = mine.find(({ verdict }) => !verdict.valid)?.verdict;
    if (invalid && !invalid.valid) {
      return { partnershipId: partnership.id, name, status: 'invalid', reason: invalid.reason };
    }
    return { partnershipId: partnership.id, name, status: 'awaiting' };
  });
  const signedCount = partnerships.filter((p) => p.status === 'signed').length;
  return {
    versionId: input.version.id,
    label: input.version.label,
    partnerships,
    signedCount,
    final: partnerships.length > 0 && signedCount === partnerships.length,
    changedSince: input.currentHash !== input.version.contentHash,
  };
}

/**
 * The document's status line: "Final — version 1.0, signed for all 4 partnerships",
 * "Draft — changed since 1.0 (signed)", "Draft — 1.0 awaiting sign-off (2 of 4 signed)".
 */
export function signoffStatusLine(state: SignoffState | undefined): string {
  if (!state) return 'Draft';
  const total = state.partnerships.length;
  if (state.final) {
    return state.changedSince
      ? `Draft — changed since ${state.label} (signed)`
      : `Final — version ${state.label}, signed for all ${total} partnerships`;
  }
  const invalid = state.partnerships.filter((p) => p.status === 'invalid').length;
  const invalidText = invalid > 0 ? `, ${invalid} invalid` : '';
  const changed = state.changedSince ? `changed since ${state.label}; ` : '';
  return `Draft — ${changed}${state.label} awaiting sign-off (${state.signedCount} of ${total} signed${invalidText})`;
}

/** A partnership's sign-off in words, e.g. "Signed 8 May 2018 by Ruth Ellison". */
export function partnershipSignoffText(row: PartnershipSignoff): string {
  if (row.status === 'awaiting') return 'Awaiting signature';
  if (row.status === 'invalid') return `Invalid: ${INVALID_REASON_TEXT[row.reason]}`;
  return `Signed ${row.signedAt.slice(0, 10)} by ${row.signerName}`;
}
