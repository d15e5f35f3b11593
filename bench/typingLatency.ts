/**
 * Typing latency in headless Chromium: the built app opens a long protocol (about 100 pages
 * with 20 structured blocks) from our relay (auth on) and a person types in the middle of
 * it, alone and then while three remote editors type elsewhere in the document.
 *
 * Per key: keydown → next paint, measured in the page (see browser/typingProbe.ts). Per
 * remote update: the time the provider's message handler takes (Yjs apply, ProseMirror
 * update, decorations) and message → next paint. Chromium runs with vsync and the frame-rate
 * limit off, so a frame is produced as soon as the work is done: the numbers are our work,
 * not the 0–16.7 ms a 60 Hz display adds before the next refresh whatever the app does.
 */
import { launchBrowser } from '../test/browser/harness/browser.ts';
import { newUser } from '../test/browser/harness/browser.ts';
import { BODY } from '../test/browser/harness/editor.ts';
import type { Benchmark } from './core/Benchmark.ts';
import { pause, rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { scratchDir } from './core/scratchDir.ts';
import { percentile } from './core/stats.ts';
import { atMost } from './core/targets.ts';
import { APP_DIR, ensureAppBuilt } from './browser/ensureAppBuilt.ts';
import { startRemoteEditors } from './browser/remoteEditors.ts';
import { installTypingProbe } from './browser/typingProbe.ts';
import { CHARS_PER_PAGE, buildLongProtocol } from './documents/longProtocol.ts';
import { editorToken, startRelay } from './servers/relays.ts';
import { sendDocument } from './wire/sendDocument.ts';

const DOC_ID = 'typing-latency-document';

/**
 * The probe as page source. tsx compiles with esbuild's keepNames, which wraps named
 * functions and classes in a `__name(…)` helper the page does not have: give it one.
 */
function probeScript(): string {
  return `var __name = (target) => target;\n(${installTypingProbe.toString()})();`;
}
const BLOCKS = 20;
const REMOTE_EDITORS = 3;
/** Each remote editor types about 7 characters a second. */
const REMOTE_INTERVAL_MS = 150;
/** Pause between keys, about a fast typist's pace. */
const KEY_GAP_MS = 60;
const TARGET_P95_MS = 16;
const ALONE = 'alone';
const WITH_REMOTE = `with ${REMOTE_EDITORS} remote editors typing`;

export const typingLatency: Benchmark = {
  id: 'typing-latency',
  title: 'Typing latency in Chromium',
  async run(context) {
    const pages = context.quick ? 4 : 100;
    const keys = context.quick ? 8 : 40;
    ensureAppBuilt(context.progress);
    const built = buildLongProtocol({ pages, blocks: BLOCKS });
    const dataDir = await scratchDir(context, 'typing');
    const relay = await startRelay('ours', { dataDir, env: { STATIC_DIR: APP_DIR } });
    const browser = await launchBrowser(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
    const samples = new Samples();
    let openMs: number | undefined;
    try {
      await sendDocument(relay, DOC_ID, built.updates, built.doc);
      const { page, context: browserContext } = await newUser(browser, {
        name: 'Bench typist',
        organisation: 'Bench',
      });
      await browserContext.addInitScript({ content: probeScript() });
      const httpUrl = relay.process.wsOrigin.replace(/^ws/, 'http');
      const started = performance.now();
      await page.goto(`${httpUrl}/d/${DOC_ID}?access=${editorToken(DOC_ID)}`);
      const expectedChars = 0.9 * pages * CHARS_PER_PAGE;
      await page.waitForFunction(
        ([selector, chars]) => (document.querySelector(selector)?.textContent?.length ?? 0) > chars,
        [BODY, expectedChars] as const,
        { timeout: 120_000 },
      );
      openMs = performance.now() - started;
      // The caret goes to the end of a clause in the middle of the document.
      const clauses = page.locator(`${BODY} p`);
      await clauses.nth(Math.floor((await clauses.count()) / 2)).click();
      await page.keyboard.press('End');

      for (let run = 0; run < context.runs; run++) {
        for (const mode of rotate([ALONE, WITH_REMOTE], run)) {
          context.progress(`typing run ${run + 1}/${context.runs}: ${mode}`);
          const editors =
            mode === WITH_REMOTE
              ? await startRemoteEditors(relay, DOC_ID, REMOTE_EDITORS, REMOTE_INTERVAL_MS)
              : undefined;
          await page.evaluate(() => {
            window.typingProbe.keys.length = 0;
            window.typingProbe.keysAnyTask.length = 0;
            window.typingProbe.remote.length = 0;
          });
          for (let i = 0; i < keys; i++) {
            await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
            await page.waitForFunction((n) => window.typingProbe.keys.length >= n, i + 1);
            await pause(KEY_GAP_MS);
          }
          const probe = await page.evaluate(() => window.typingProbe);
          editors?.stop();
          samples.addRun(mode, 'ours', {
            'keydown → paint p50': ['ms', percentile(probe.keys, 50)],
            'keydown → paint p95': ['ms', percentile(probe.keys, 95)],
            'keydown → first task after the paint p50': ['ms', percentile(probe.keysAnyTask, 50)],
            'keydown → first task after the paint p95': ['ms', percentile(probe.keysAnyTask, 95)],
          });
          if (editors) {
            if (probe.remote.length === 0) throw new Error('no remote update reached the page');
            const apply = probe.remote.map((r) => r.apply);
            const paint = probe.remote.map((r) => r.paint);
            const anyTask = probe.remote.map((r) => r.paintAnyTask);
            samples.addRun('one remote update', 'ours', {
              'apply p50': ['ms', percentile(apply, 50)],
              'apply p95': ['ms', percentile(apply, 95)],
              'message → paint p50': ['ms', percentile(paint, 50)],
              'message → paint p95': ['ms', percentile(paint, 95)],
              'message → first task after the paint p95': ['ms', percentile(anyTask, 95)],
              'updates timed': ['updates', probe.remote.length],
            });
          }
        }
      }
    } finally {
      await browser.close();
      await relay.process.stop();
    }
    const p95 = (mode: string) => samples.median(mode, 'ours', 'keydown → paint p95');
    return {
      id: this.id,
      title: this.title,
      method:
        'The built app opens the document from our relay (auth on) in headless Chromium with ' +
        'vsync and the frame-rate limit off; keys are pressed one at a time at the end of a ' +
        'clause in the middle. keydown → paint is the event’s timestamp to the end of the next ' +
        'frame (the task that runs requestAnimationFrame also lays out, paints and commits the ' +
        'frame; a user-blocking task posted from there runs as soon as it is done), measured in ' +
        'the page. Beside it, keydown → the first task of any kind after that frame (a ' +
        'setTimeout 0 posted from there), which also counts work that merely queued behind the ' +
        'paint, such as a relay message: an upper bound. The Event Timing API rounds to 8 ms and ' +
        'omits events under 16 ms, so it cannot judge a 16 ms target. Remote editors are y-websocket clients typing ~7 characters/s ' +
        'each, with their carets; a remote update is timed around the provider’s message handler.',
      parameters: {
        pages,
        'structured blocks': BLOCKS,
        'body characters': built.doc.getXmlFragment('default').toString().length,
        'keys per run': keys,
        'gap between keys (ms)': KEY_GAP_MS,
        'open until the whole body showed (ms, once)': Math.round(openMs ?? NaN),
      },
      cases: samples.results(),
      targets: [ALONE, WITH_REMOTE].map((mode) =>
        atMost(
          `keydown → paint p95 < ${TARGET_P95_MS} ms (${mode})`,
          p95(mode),
          TARGET_P95_MS,
          'ms',
        ),
      ),
      notes: [
        'Profiled with a Chrome CPU profile and a performance trace of 30 keys (alone and with remote editors). Found and fixed, largest first:',
        '1. Chromium’s own editing command (TypingCommand::InsertText, ~36 ms a key) walked the 355k-character contenteditable. Letters and one-character deletes now go through ProseMirror transactions (client/editor/TypedText.ts); input rules, IME composition and word deletion are unchanged.',
        '2. Every selection change made Chromium count the text from the top of the editor to the caret (Editor::SyncSelection, ~6 ms a key mid-document), and every frame laid out and painted all 100 pages. Top-level blocks far from the viewport now skip rendering (content-visibility: auto); the count skips them too (<1 ms).',
        '3. React re-rendered the page on every caret move (awareness) and twice per key (syncing → synced), and React reads the focused contenteditable’s selection offsets on every commit (~3 ms). The page now re-renders only when what it shows changes, and “synced” is shown once it has held for 0.7 s.',
        '4. A remote keystroke replaced the whole ProseMirror document (all node views, decorations and clause numbers redone). The binding now replaces only the range that differs (client/editor/yBinding/). It still rebuilds its Yjs → ProseMirror node map on each remote change, as upstream does; keeping that map broke caret restoring in tests, so it stays.',
        '5. Remote carets were redrawn when only this device’s caret moved, and the device store merged its log every 64 rows, re-encoding the whole protocol mid-typing (now when the log has grown by a quarter).',
        'Before these fixes (previous report, same harness): p95 58 ms alone, 113 ms with 3 remote editors; remote apply p50 ~18 ms. After (the run above, a quiet machine): p50 13 ms and p95 17 ms alone, so the target is missed by about a millisecond; with remote editors p95 is still twice the bar, the remote updates’ rebuild of the node map being the largest part. What is left per key: ProseMirror’s own update and the Yjs write (~5 ms), the forced layout after the DOM change (~2.5 ms), content-visibility’s intersection checks (~2 ms a frame) and paint. Next: keep the binding’s node map across remote changes safely (it is what broke caret restoring), and move the device-store write off the keystroke’s task.',
      ],
    };
  },
};
