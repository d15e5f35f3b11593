/**
 * Client persistence in Chromium: our device store (LocalPersistence on Dexie) against
 * y-indexeddb, in the same headless Chromium page, on the same Y.Doc type.
 *
 * (a) edit → durable: a title edit, timed until the read-write IndexedDB transaction that
 *     holds it fires `complete` (the page watches every transaction, whichever library made it);
 * (b) cold open: the store holds the Barnsley example plus N keystroke updates, one row each
 *     (written straight into each library's own layout); after a page reload we time the
 *     library from construction until the document is loaded ("first open"), then reload
 *     and open again ("steady open": the same history as the library's own housekeeping
 *     left it; ours merges the rows into one on open, y-indexeddb keeps them and adds one).
 *     Ours rarely leaves 10k rows itself (while editing it merges once the log has grown by
 *     a quarter of the document, ~100 keystrokes on this example): the first open
 *     is the worst case, e.g. a store written by an older version;
 * (c) store size: the document with 1k updates is opened 20 times, a page reload before each,
 *     without edits; we count its rows and bytes after the first open and after the 20th.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/harness/browser.ts';
import type { Benchmark, TargetResult } from './core/Benchmark.ts';
import { rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { scratchDir } from './core/scratchDir.ts';
import { percentile, round } from './core/stats.ts';
import { atLeast } from './core/targets.ts';
import { buildEditingTrace } from './documents/editingTrace.ts';
import { buildPages, PAGES_ORIGIN, servePages } from './browser/pagesSite.ts';
import type { StoreKind } from './browser/pages/persistencePage.ts';

const SUBJECTS: StoreKind[] = ['ours', 'y-indexeddb'];
const DOC_ID = 'device-store-document';
const DURABLE_EDITS = 20;
const FIRST = 'first open (one row per update)';
const STEADY = 'steady open (after its own housekeeping)';

export const clientPersistence: Benchmark = {
  id: 'client-persistence',
  title: 'Client persistence in Chromium',
  async run(context) {
    const sizes = context.quick ? [50, 200] : [1_000, 10_000];
    const reloads = context.quick ? 3 : 20;
    const trace = buildEditingTrace(sizes.at(-1)!).updates.map((u) => Array.from(u));
    const outDir = await scratchDir(context, 'pages');
    await buildPages(outDir);
    const browser = await launchBrowser();
    const samples = new Samples();
    try {
      const browserContext = await browser.newContext();
      await servePages(browserContext, outDir);
      const page = await browserContext.newPage();
      await page.goto(`${PAGES_ORIGIN}/persistence.html`);
      for (let run = 0; run < context.runs; run++) {
        for (const kind of rotate(SUBJECTS, run)) {
          context.progress(`client persistence run ${run + 1}/${context.runs}: ${kind}`);
          const durable = await fresh(page, kind, trace.slice(0, 1), (p) =>
            p.evaluate(([k, id, n]) => window.persistenceBench.editToDurable(k, id, n), [
              kind,
              DOC_ID,
              DURABLE_EDITS,
            ] as const),
          );
          samples.addRun('edit → durable write', kind, {
            p50: ['ms', percentile(durable, 50)],
            p95: ['ms', percentile(durable, 95)],
          });
          for (const n of sizes) {
            await fresh(page, kind, trace.slice(0, n + 1), async () => {
              const first = await reloadAndOpen(page, kind);
              const next = await reloadAndOpen(page, kind);
              samples.addRun(`cold open, ${n} stored updates`, kind, {
                [FIRST]: ['ms', first],
                [STEADY]: ['ms', next],
              });
            });
          }
          await fresh(page, kind, trace.slice(0, sizes[0]! + 1), async () => {
            await reloadAndOpen(page, kind);
            const before = await storeSize(page, kind);
            for (let i = 1; i < reloads; i++) await reloadAndOpen(page, kind);
            const after = await storeSize(page, kind);
            samples.addRun(`store size, ${reloads} reloads without edits`, kind, {
              'bytes after open 1': ['bytes', before.bytes],
              [`bytes after open ${reloads}`]: ['bytes', after.bytes],
              [`rows after open ${reloads}`]: ['rows', after.rows],
              growth: ['bytes', after.bytes - before.bytes],
            });
          });
        }
      }
    } finally {
      await browser.close();
    }
    const largest = `cold open, ${sizes.at(-1)} stored updates`;
    const sizeCase = `store size, ${reloads} reloads without edits`;
    const afterMetric = `bytes after open ${reloads}`;
    const speedup = (metric: string) =>
      samples.median(largest, 'y-indexeddb', metric) / samples.median(largest, 'ours', metric);
    return {
      id: this.id,
      title: this.title,
      method:
        'One headless Chromium page runs both libraries on the same Y.Doc type. Durable: a title ' +
        'edit until the read-write IndexedDB transaction holding it completes. Cold open: N ' +
        'keystroke updates on top of the Barnsley example, one row each, written into each ' +
        'library’s layout; the page is reloaded and the library timed from construction until the ' +
        'document is loaded (first open), then again after another reload (steady open: the ' +
        'history as the library’s own housekeeping left it). Store ' +
        'size: the document with the smaller N opened after each of R page reloads, no edits.',
      parameters: {
        'stored updates (cold open)': sizes.join(', '),
        'edits timed (durable)': DURABLE_EDITS,
        reloads,
      },
      cases: samples.results(),
      targets: [
        {
          ...atLeast(
            `cold open with ${sizes.at(-1)} updates ≥ 3× faster than y-indexeddb (steady open)`,
            speedup(STEADY),
            3,
            '× faster',
          ),
          detail:
            `steady open ${round(speedup(STEADY))}× faster; the first open of a store holding ` +
            `every update as its own row ${round(speedup(FIRST))}×`,
        },
        flatStore(`store size flat across ${reloads} reloads`, (subject, metric) =>
          samples.median(sizeCase, subject, metric === 'after' ? afterMetric : 'growth'),
        ),
      ],
      notes: [
        "Fixed while building this benchmark: the device store merged stored rows with Y.mergeUpdates on open and in compaction; for 10k keystroke rows that took ~2 s (first open 2042 ms vs y-indexeddb 692 ms in the same run) and wrote a merged row larger than the document's state. It now applies the rows in one transaction and compacts to the encoded state (client/storage/mergeRows.ts): first open of 10k separate rows close to y-indexeddb's (0.7–1.1× its speed across runs: both apply every row), steady open several times faster, stored row smaller.",
        "Edit → durable is slower than y-indexeddb (no target): each write also updates the document list's row in the same transaction. Not changed.",
      ],
    };
  },
};

/** Met when our store did not grow; the ratio compares the final sizes (theirs ÷ ours). */
function flatStore(
  target: string,
  median: (subject: StoreKind, metric: 'growth' | 'after') => number,
): TargetResult {
  const growth = median('ours', 'growth');
  return {
    target,
    met: growth <= 0,
    ratio: median('y-indexeddb', 'after') / median('ours', 'after'),
    detail:
      `ours grew ${round(growth)} bytes, y-indexeddb ${round(median('y-indexeddb', 'growth'))}; ` +
      `final size ${round(median('ours', 'after'))} vs ${round(median('y-indexeddb', 'after'))} bytes`,
  };
}

/** Clears both stores, seeds `kind` with `updates`, then runs `body` on the page. */
async function fresh<T>(
  page: Page,
  kind: StoreKind,
  updates: number[][],
  body: (page: Page) => Promise<T>,
): Promise<T> {
  await page.evaluate((id) => window.persistenceBench.clear(id), DOC_ID);
  await page.evaluate(([k, id, rows]) => window.persistenceBench.seed(k, id, rows), [
    kind,
    DOC_ID,
    updates,
  ] as const);
  return body(page);
}

/** Reloads the page (a cold JavaScript heap) and opens the document; the open time in ms. */
async function reloadAndOpen(page: Page, kind: StoreKind): Promise<number> {
  await page.reload();
  const { ms, bodyLength } = await page.evaluate(([k, id]) => window.persistenceBench.open(k, id), [
    kind,
    DOC_ID,
  ] as const);
  if (bodyLength === 0) throw new Error(`${kind} opened an empty document`);
  return ms;
}

function storeSize(page: Page, kind: StoreKind) {
  return page.evaluate(([k, id]) => window.persistenceBench.size(k, id), [kind, DOC_ID] as const);
}
