import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import { readContent } from '../../shared/document/readContent.ts';
import { validateDocument } from '../../shared/validation/validateDocument.ts';

const DEBOUNCE_MS = 250;

function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The document's validation problems, recomputed shortly after every change. */
export function useProblems(doc: Y.Doc): Problem[] {
  const [problems, setProblems] = useState<Problem[]>(() =>
    validateDocument(readContent(doc), todayIso()),
  );
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recompute = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => setProblems(validateDocument(readContent(doc), todayIso())),
        DEBOUNCE_MS,
      );
    };
    recompute();
    doc.on('update', recompute);
    return () => {
      clearTimeout(timer);
      doc.off('update', recompute);
    };
  }, [doc]);
  return problems;
}
