import { useEffect, useState } from 'react';
import { DocumentListPage } from './DocumentListPage.tsx';
import { EditorPage } from './EditorPage.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { onNavigate } from './navigate.ts';
import { route } from './route.ts';

/** The app shell: picks the page for the current address. */
export function App() {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => onNavigate(() => setPath(window.location.pathname)), []);
  const current = route(path);

  useEffect(() => {
    if (current.page === 'list') document.title = 'Protocols';
    else if (current.page !== 'document') document.title = 'Page not found — Protocols';
  }, [current.page]);

  switch (current.page) {
    case 'list':
      return <DocumentListPage />;
    case 'document':
      return <EditorPage key={current.docId} docId={current.docId} />;
    case 'invalid-document':
      return (
        <ErrorPage
          title="This link is not a valid document address"
          detail="Document addresses end in 3 to 64 letters, digits, hyphens or underscores. Check the link you were sent."
        />
      );
    case 'not-found':
      return <ErrorPage title="Page not found" detail="There is no page at this address." />;
  }
}
