import type { SignedVersionReport } from '../../shared/versions/signoff/verifySignedVersion.ts';
import { INVALID_REASON_TEXT } from '../../shared/versions/signoff/verifySignoff.ts';

const short = (hash: string) => `${hash.slice(0, 16)}…`;

/** The verifier's report in plain words, one finding per line, the verdict last. */
export function verifyReport(report: SignedVersionReport, title: string): string {
  const ok = (good: boolean) => (good ? 'VALID  ' : 'INVALID');
  const lines = [`Version ${report.label} of “${title || 'Untitled protocol'}”`];
  lines.push(
    report.hashValid
      ? `${ok(true)} content: SHA-256 ${short(report.actualHash)} is the version's hash`
      : `${ok(false)} content: hashes to ${short(report.actualHash)}, but the version states ${short(report.statedHash)}: the content was changed`,
  );
  lines.push(
    report.relayKeyTrusted
      ? `${ok(true)} relay key: chairs' keys were registered by a trusted relay key`
      : `${ok(false)} relay key: ${report.relayFingerprints.map(short).join(', ') || 'none'} is not a relay key you trust (pass --relay-key <fingerprint> or --data-dir <relay's DATA_DIR>)`,
  );
  for (const row of report.state.partnerships) {
    if (row.status === 'signed') {
      lines.push(`${ok(true)} ${row.name}: signed ${row.signedAt} by ${row.signerName}`);
    } else if (row.status === 'invalid') {
      lines.push(`${ok(false)} ${row.name}: signature invalid: ${INVALID_REASON_TEXT[row.reason]}`);
    } else {
      lines.push(`AWAITING ${row.name}: no signature`);
    }
  }
  const { state } = report;
  const total = state.partnerships.length;
  if (!report.valid) {
    lines.push(`Result: NOT VALID. Do not rely on this file as version ${report.label}.`);
  } else if (state.final) {
    lines.push(
      `Result: VALID. Version ${report.label} is Final: signed for all ${total} partnerships.`,
    );
  } else {
    lines.push(
      `Result: VALID so far. ${state.signedCount} of ${total} partnerships have signed version ${report.label}; it is not Final.`,
    );
  }
  return lines.join('\n');
}
