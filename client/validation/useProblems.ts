import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import { readContent } from '../../shared/document/readContent.ts';
import { validateDocument } from '../../shared/validation/validateDocument.ts';
import { whenIdle } from '../scheduling/whenIdle.ts';
import { sameData } from '../ui/sameData.ts';

const DEBOUNCE_MS = 250;
/** The longest a recheck waits for the page to be idle. */
const IDLE_WITHIN_MS = 1000;

function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The document's validation problems, recomputed shortly after every change, when the
 * page is idle: on a 100-page protocol a check reads the whole document (several ms), and
 * started while someone resumes typing it would delay their next letter. The same
 * problems keep the same array, so a pause in typing does not re-render every block.
 */
export function useProblems(doc: Y.Doc): Problem[] {
  const [problems, setProblems] = useState<Problem[]>(() =>
    validateDocument(readContent(doc), todayIso()),
  );
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = () => {};
    const check = () => {
      const next = validateDocument(readContent(doc), todayIso());
      setProblems((previous) => (sameData(previous, next) ? previous : next));
    };
    const recompute = () => {
      clearTimeout(timer);
      cancelIdle();
      timer = setTimeout(() => (cancelIdle = whenIdle(check, IDLE_WITHIN_MS)), DEBOUNCE_MS);
    };
    recompute();
    doc.on('update', recompute);
    return () => {
      clearTimeout(timer);
      cancelIdle();
      doc.off('update', recompute);
    };
  }, [doc]);
  return problems;
}
