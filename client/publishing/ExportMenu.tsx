import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/publish/exportFormats.ts';
import { buildExport, saveFile } from './buildExport.ts';
import { ProgressNote } from './ProgressNote.tsx';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/**
 * "Export" in the editor's header: a menu (WAI-ARIA menu button) of formats. The file is
 * made from the copy on this device, offline too, and saved as a download.
 */
export function ExportMenu({ docId, doc }: { docId: string; doc: Y.Doc }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const focusItem = (index: number) =>
    items.current[(index + FORMATS.length) % FORMATS.length]?.focus();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = async (format: ExportFormat) => {
    close();
    setBusy(format);
    setMessage('');
    setError('');
    try {
      const built = await buildExport(docId, doc, format);
      saveFile(built);
      setMessage(`Exported ${built.fileName}.`);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The export failed.');
    } finally {
      setBusy(undefined);
    }
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(FORMATS.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu-list"
        disabled={busy !== undefined}
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <ul
          id="export-menu-list"
          className="export-menu__list"
          role="menu"
          aria-label="Export as"
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
          }}
        >
          {FORMATS.map((format, index) => (
            <li key={format} role="none">
              <button
                ref={(el) => {
                  items.current[index] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-format={format}
                onKeyDown={(event) => onKeyDown(event, index)}
                onClick={() => void pick(format)}
              >
                {EXPORT_FORMATS[format].label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {busy && <ProgressNote label={`Preparing ${EXPORT_FORMATS[busy].label}…`} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
