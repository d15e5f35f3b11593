import { useState } from 'react';
import { newDocId } from '../../shared/protocol/docId.ts';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';
import { deleteDocument } from '../documents/deleteDocument.ts';
import type { DocumentRow, ListSyncState } from '../documents/mergeDocumentLists.ts';
import { renameDocument } from '../documents/renameDocument.ts';
import { useDocumentList } from '../documents/useDocumentList.ts';
import { database } from '../session/database.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { formatDate } from './formatDate.ts';
import { Link } from './Link.tsx';
import { navigate } from './navigate.ts';
import { RenameForm } from './RenameForm.tsx';
import { ReviewMark } from './ReviewMark.tsx';
import { StartOptions } from './StartOptions.tsx';
import { ImportPanel } from '../publishing/ImportPanel.tsx';

const SYNC_TEXT: Record<ListSyncState, string> = {
  unsynced: 'Changes on this device not yet synced',
  synced: 'Synced',
  'relay-only': 'On the relay (not on this device yet)',
  'device-only': 'Only on this device',
};

/** `/`: every protocol this device or the relay knows, with create, rename and delete. */
export function DocumentListPage() {
  const { rows, relayStatus, refresh } = useDocumentList();
  const [renaming, setRenaming] = useState<string>();
  const [deleting, setDeleting] = useState<DocumentRow>();
  const [message, setMessage] = useState('');

  const rename = async (row: DocumentRow, title: string) => {
    setRenaming(undefined);
    try {
      const result = await renameDocument(database(), row.id, title, row.onDevice);
      setMessage(
        result === 'synced'
          ? `Renamed to “${title}”.`
          : `Renamed to “${title}” on this device; it will sync when the relay is reachable.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not rename the document.');
    }
    refresh();
  };

  const remove = async (row: DocumentRow) => {
    setDeleting(undefined);
    const confirmed = await deleteDocument(database(), row.id);
    setMessage(
      confirmed
        ? `Deleted “${row.title || 'Untitled protocol'}”.`
        : `Deleted on this device; the relay will be told when it is reachable.`,
    );
    refresh();
  };

  return (
    <div className="page page--list">
      <header className="list-header">
        <h1>Protocols</h1>
        <button
          type="button"
          className="button--primary"
          onClick={() => navigate(`${DOC_PAGE_PATH}/${newDocId()}`)}
        >
          New blank protocol
        </button>
      </header>
      <main id="main" data-relay-list={relayStatus ?? 'loading'}>
        <p className="sr-status" role="status" aria-live="polite">
          {message}
        </p>
        {relayStatus === 'offline' && (
          <p className="banner">Offline: showing the protocols kept on this device.</p>
        )}
        {relayStatus === 'unauthorized' && (
          <p className="banner">
            Showing the protocols on this device. To see every protocol on the relay, open the
            workspace owner link; to open one protocol, use the access link its owner sent you.
          </p>
        )}
        {rows === undefined ? (
          <p>Loading…</p>
        ) : rows.length === 0 ? (
          <p className="empty-state">No protocols yet. Create one to start drafting.</p>
        ) : (
          <table className="document-table">
            <caption className="visually-hidden">Protocols</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Last edited</th>
                <th scope="col">Review</th>
                <th scope="col">Sync</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const title = row.title || 'Untitled protocol';
                return (
                  <tr key={row.id} data-doc-id={row.id}>
                    <td>
                      {renaming === row.id ? (
                        <RenameForm
                          initial={row.title}
                          onSave={(next) => void rename(row, next)}
                          onCancel={() => setRenaming(undefined)}
                        />
                      ) : (
                        <Link href={`${DOC_PAGE_PATH}/${row.id}`}>{title}</Link>
                      )}
                    </td>
                    <td>
                      <time dateTime={new Date(row.updatedAt).toISOString()}>
                        {formatDate(row.updatedAt)}
                      </time>
                    </td>
                    <td>
                      <ReviewMark reviewDate={row.reviewDate} />
                    </td>
                    <td data-sync={row.sync}>{SYNC_TEXT[row.sync]}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={`Rename ${title}`}
                        onClick={() => setRenaming(row.id)}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete ${title}`}
                        onClick={() => setDeleting(row)}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <StartOptions />
        <ImportPanel onImported={refresh} />
      </main>
      {deleting && (
        <ConfirmDialog
          title="Delete this protocol?"
          confirmLabel="Delete"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        >
          <p>
            “{deleting.title || 'Untitled protocol'}” will be deleted for everyone, on this device
            and on the relay.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
