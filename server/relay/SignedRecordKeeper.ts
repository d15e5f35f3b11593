import type * as Y from 'yjs';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import {
  NO_SIGNED_RECORDS,
  findSignedRecords,
  restoreSignedRecords,
  type SignedRecords,
} from '../../shared/versions/signoff/signedRecords.ts';
import { signoffList } from '../../shared/versions/signoff/signoffStore.ts';
import { versionList } from '../../shared/versions/versionStore.ts';
import { errorMessage, log } from '../log.ts';
import { countSignedRecordsRestored } from '../metrics/relayMetrics.ts';

/** The origin of the relay's own writes that put signed records back. */
export const KEEPER_ORIGIN = Symbol('signed-records');

/**
 * Keeps what chairs signed in one document. Anyone who can edit can also delete a
 * sign-off record or change the version it names, since both live in the document; readers
 * would then see a signature vanish, or turn invalid. Once a genuine record is in the
 * document (see findSignedRecords), the relay writes it and its version back, exactly as
 * they were, after any client's update that removed or changed them. Everyone, the client
 * that sent the update included, receives the writing back like any other change.
 */
export class SignedRecordKeeper {
  private kept: SignedRecords = NO_SIGNED_RECORDS;
  /** The sign-off or version lists changed since the last check. */
  private touched = false;
  private finding: Promise<void> = Promise.resolve();
  private findQueued = false;
  private readonly unobserve: (() => void)[];

  constructor(
    private readonly doc: Y.Doc,
    private readonly docId: string,
    private readonly relayKeys: ReadonlyMap<string, PublicKeyJwk>,
  ) {
    const signoffs = signoffList(doc);
    const versions = versionList(doc);
    this.unobserve = [signoffs.order, signoffs.items, versions.order, versions.items].map(
      (type) => {
        type.observeDeep(this.onChange);
        return () => type.unobserveDeep(this.onChange);
      },
    );
  }

  /**
   * Finds the genuine records not kept yet: at load, and after the lists change (a record
   * written through the API is kept once this resolves).
   */
  find(): Promise<void> {
    if (this.findQueued) return this.finding;
    this.findQueued = true;
    this.finding = this.finding.then(async () => {
      this.findQueued = false;
      try {
        this.kept = await findSignedRecords(this.doc, this.docId, this.relayKeys, this.kept);
      } catch (error) {
        log('error', 'signed-records-check-failed', {
          docId: this.docId,
          error: errorMessage(error),
        });
      }
    });
    return this.finding;
  }

  /**
   * After a client's update: writes back what it removed or changed of the kept records
   * (new records are looked for as the lists change, see `find`).
   */
  afterClientUpdate(): void {
    if (!this.touched) return;
    let restored = 0;
    this.doc.transact(() => {
      restored = restoreSignedRecords(this.doc, this.kept);
    }, KEEPER_ORIGIN);
    // The writing back touched the lists too; nothing is left to check.
    this.touched = false;
    if (restored > 0) {
      countSignedRecordsRestored(restored);
      log('warn', 'signed-records-restored', { docId: this.docId, restored });
    }
  }

  destroy(): void {
    for (const stop of this.unobserve) stop();
  }

  private readonly onChange = (): void => {
    this.touched = true;
    void this.find();
  };
}
