/**
 * Typing latency in headless Chromium: the built app opens a long protocol (about 100 pages
 * with 20 structured blocks) from our relay (auth on) and a person types in the middle of
 * it, alone, while three remote editors type elsewhere in the document, and after pauses;
 * then reads while the remote editors type.
 *
 * Per key: keydown → next paint, measured in the page (see browser/typingProbe.ts). Per
 * remote update: while reading, the time the provider's message handler takes (Yjs apply,
 * ProseMirror update, decorations) and message → next paint; while typing, message → its
 * change in the DOM (held changes wait for a keystroke's paint) → next paint. Chromium runs
 * with vsync and the frame-rate limit off, so a frame is produced as soon as the work is
 * done: the numbers are our work, not the 0–16.7 ms a 60 Hz display adds before the next
 * refresh whatever the app does.
 */
import { launchBrowser } from '../test/browser/harness/browser.ts';
import { newUser } from '../test/browser/harness/browser.ts';
import { BODY } from '../test/browser/harness/editor.ts';
import type { Benchmark } from './core/Benchmark.ts';
import { pause, rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { scratchDir } from './core/scratchDir.ts';
import { percentile } from './core/stats.ts';
import { below } from './core/targets.ts';
import { APP_DIR, ensureAppBuilt } from './browser/ensureAppBuilt.ts';
import { startRemoteEditors } from './browser/remoteEditors.ts';
import { installTypingProbe } from './browser/typingProbe.ts';
import { CHARS_PER_PAGE, buildLongProtocol } from './documents/longProtocol.ts';
import { editorToken, startRelay } from './servers/relays.ts';
import { sendDocument } from './wire/sendDocument.ts';
import { TYPING_MS } from '../client/sync/RemoteChangeQueue.ts';

const DOC_ID = 'typing-latency-document';

/**
 * The probe as page source. tsx compiles with esbuild's keepNames, which wraps named
 * functions and classes in a `__name(…)` helper the page does not have: give it one.
 */
function probeScript(): string {
  return `var __name = (target) => target;\n(${installTypingProbe.toString()})(${JSON.stringify(BODY)});`;
}
const BLOCKS = 20;
const REMOTE_EDITORS = 3;
/** Each remote editor types about 7 characters a second. */
const REMOTE_INTERVAL_MS = 150;
/** Pause between keys, about a fast typist's pace. */
const KEY_GAP_MS = 60;
/**
 * Keys timed per run and mode. A p95 over 40 keys is the second slowest key, so one
 * stall of the shared machine moved it by milliseconds; over 100 it is the fifth.
 */
const KEYS_PER_RUN = 100;
/** Keys timed per run after a pause each (every one costs the pause). */
const KEYS_AFTER_PAUSE = 20;
/** The pause before each key in the third mode: long enough for every "after a pause" job. */
const PAUSE_MS = 1000;
const TARGET_P95_MS = 16;
const ALONE = 'alone';
const WITH_REMOTE = `with ${REMOTE_EDITORS} remote editors typing`;
const AFTER_PAUSE = `alone, each key after a ${PAUSE_MS / 1000} s pause`;
const READING = `reading while ${REMOTE_EDITORS} remote editors type`;
/** How long the reading mode watches remote updates arrive. */
const READING_MS = 3000;

export const typingLatency: Benchmark = {
  id: 'typing-latency',
  title: 'Typing latency in Chromium',
  async run(context) {
    const pages = context.quick ? 4 : 100;
    const keys = context.quick ? 8 : KEYS_PER_RUN;
    const keysAfterPause = context.quick ? 4 : KEYS_AFTER_PAUSE;
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
      const clauses = page.locator(`${BODY} > .doc-section > p`);
      const middle = Math.floor((await clauses.count()) / 2);

      for (let run = 0; run < context.runs; run++) {
        // The caret goes to the end of a clause in the middle of the document, a fresh
        // one each run so that no clause grows past a long one's length.
        await clauses.nth(middle + run).click();
        await page.keyboard.press('End');
        for (const mode of rotate([ALONE, WITH_REMOTE, AFTER_PAUSE, READING], run)) {
          context.progress(`typing run ${run + 1}/${context.runs}: ${mode}`);
          const editors =
            mode === WITH_REMOTE || mode === READING
              ? await startRemoteEditors(relay, DOC_ID, REMOTE_EDITORS, REMOTE_INTERVAL_MS)
              : undefined;
          // Reading: once this person's last keystroke is long enough ago to count as
          // typing no more, remote updates are applied as they come.
          if (mode === READING) await pause(TYPING_MS);
          await page.evaluate(() => {
            window.typingProbe.keys.length = 0;
            window.typingProbe.keysAnyTask.length = 0;
            window.typingProbe.remote.length = 0;
          });
          if (mode === READING) {
            await pause(READING_MS);
          } else {
            const paused = mode === AFTER_PAUSE;
            const count = paused ? keysAfterPause : keys;
            for (let i = 0; i < count; i++) {
              if (paused) await pause(PAUSE_MS);
              await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
              await page.waitForFunction((n) => window.typingProbe.keys.length >= n, i + 1);
              await pause(KEY_GAP_MS);
            }
          }
          const probe = await page.evaluate(() => window.typingProbe);
          editors?.stop();
          if (mode !== READING) {
            samples.addRun(mode, 'ours', {
              'keydown → paint p50': ['ms', percentile(probe.keys, 50)],
              'keydown → paint p95': ['ms', percentile(probe.keys, 95)],
              'keydown → first task after the paint p50': ['ms', percentile(probe.keysAnyTask, 50)],
              'keydown → first task after the paint p95': ['ms', percentile(probe.keysAnyTask, 95)],
            });
          }
          if (!editors) continue;
          if (probe.remote.length === 0) throw new Error(`no remote update showed (${mode})`);
          const shown = probe.remote.map((r) => r.shown);
          const paint = probe.remote.map((r) => r.paint);
          const anyTask = probe.remote.map((r) => r.paintAnyTask);
          if (mode === READING) {
            const apply = probe.remote.map((r) => r.apply);
            samples.addRun('one remote update (reading)', 'ours', {
              'apply p50': ['ms', percentile(apply, 50)],
              'apply p95': ['ms', percentile(apply, 95)],
              'message → paint p50': ['ms', percentile(paint, 50)],
              'message → paint p95': ['ms', percentile(paint, 95)],
              'message → first task after the paint p95': ['ms', percentile(anyTask, 95)],
              'updates timed': ['updates', probe.remote.length],
            });
          } else {
            samples.addRun('remote updates while typing', 'ours', {
              'message → shown p50': ['ms', percentile(shown, 50)],
              'message → shown p95': ['ms', percentile(shown, 95)],
              'message → paint p50': ['ms', percentile(paint, 50)],
              'message → paint p95': ['ms', percentile(paint, 95)],
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
        'clause in the middle (another clause each run), 60 ms apart, and in a third mode each ' +
        'after a 1 s pause (by then ' +
        'what waits for a pause in typing has run: the problems check, the sync status). ' +
        'keydown → paint is the event’s timestamp to the end of the next ' +
        'frame (the task that runs requestAnimationFrame also lays out, paints and commits the ' +
        'frame; a user-blocking task posted from there runs as soon as it is done), measured in ' +
        'the page. Beside it, keydown → the first task of any kind after that frame (a ' +
        'setTimeout 0 posted from there), which also counts work that merely queued behind the ' +
        'paint, such as a relay message: an upper bound. The Event Timing API rounds to 8 ms and ' +
        'omits events under 16 ms, so it cannot judge a 16 ms target. Remote editors are y-websocket clients typing ~7 characters/s ' +
        'each, with their carets. A remote update is timed from its message: while this person reads (a fourth mode) the ' +
        'app applies it as it comes, and the provider’s message handler is its apply; while they type, the app holds it for ' +
        'the gap after their next keystroke’s paint, and “shown” is when the document’s DOM changes outside their block.',
      parameters: {
        pages,
        'structured blocks': BLOCKS,
        'body characters': built.doc.getXmlFragment('default').toString().length,
        'keys per run': keys,
        'gap between keys (ms)': KEY_GAP_MS,
        'keys per run after a pause': keysAfterPause,
        'pause before each of those keys (ms)': PAUSE_MS,
        'open until the whole body showed (ms, once)': Math.round(openMs ?? NaN),
      },
      cases: samples.results(),
      targets: [ALONE, WITH_REMOTE, AFTER_PAUSE].map((mode) =>
        below(
          `keydown → paint p95 < ${TARGET_P95_MS} ms (${mode})`,
          p95(mode),
          TARGET_P95_MS,
          'ms',
        ),
      ),
      notes: [
        'Profiled with a Chrome CPU profile and a performance trace of 30 keys (alone, with remote editors, and after pauses). Found and fixed, largest first:',
        '1. Chromium’s own editing command (TypingCommand::InsertText, ~36 ms a key) walked the 355k-character contenteditable. Letters and one-character deletes now go through ProseMirror transactions (client/editor/TypedText.ts); input rules, IME composition and word deletion are unchanged. Re-measured after fix 2: the native path is still slower (p50 17 against 11–14 ms).',
        '2. Every selection change made Chromium count the text from the top of the editor to the caret (Editor::SyncSelection, ~6 ms a key mid-document), and every frame laid out and painted all 100 pages. Top-level blocks far from the viewport now skip rendering (content-visibility: auto); the count skips them too (<1 ms).',
        '3. React re-rendered the page on every caret move (awareness) and twice per key (syncing → synced), and React reads the focused contenteditable’s selection offsets on every commit (~3–4 ms). The page now re-renders only when what it shows changes, and “synced” is shown once it has held for 0.7 s.',
        '4. A remote keystroke replaced the whole ProseMirror document and the binding rebuilt every node from Yjs (its node map cleared on each change), then the next local key compared the whole Yjs tree with the document because the map pointed at nodes the document no longer held. The binding now keeps its node map (the change already drops the entries it touched), matches blocks by identity so only the changed path is replaced, and points the map at the nodes the document holds (client/editor/yBinding/). Remote apply p50 7.3 → 2.4 ms. Keeping the map had broken typing in an earlier attempt: the replace matched equal-looking blocks and put one empty paragraph in two places, which the binding then rewrote in Yjs on every device for ever; matching by identity is what fixed it, and a unit test checks that no node is ever used twice.',
        '5. Remote carets were redrawn when only this device’s caret moved, and the device store merged its log every 64 rows, re-encoding the whole protocol mid-typing (now when the log has grown by a quarter).',
        '6. Work a keystroke sets off but that is not drawn now runs after its paint (client/scheduling/afterNextPaint.ts): the device-store write (written at once when the page is hidden away), publishing this person’s caret to the others (it walks the document up to the caret), reading the toolbar’s button states (a dozen commands asked whether they could run), the sync status and the document list’s unsynced mark. Clause ids skip their walk over the whole document when a transaction only typed inside a paragraph.',
        '7. A remote change scrolled to this person’s caret when it was on screen, measuring it and the document (two forced layouts per remote keystroke). The browser’s scroll anchoring keeps the reader’s place; a browser test checks it.',
        '8. After a pause in typing the problems check (it reads the whole document, ~12 ms) and the sign-off check ran, and each set a new but equal result, re-rendering every block view. They now keep the previous result when nothing changed, and the problems check waits for the page to be idle.',
        '9. A remote change arriving just before a key made the key wait behind its apply and its frame (~2.5 ms plus 3–5 ms). While this person types (an edit in the last second), changes and carets from the relay now wait for the gap after their keystroke’s paint and are applied together, in order, the changes in one transaction and the carets merged into one update (each caret change had redrawn every remote caret; client/sync/RemoteChangeQueue.ts); at once before any other relay message, when the connection drops or the page is hidden, and never later than 150 ms. The price is in “remote updates while typing”: others’ letters show up to one keystroke later.',
        '10. y-tiptap’s binding noted the caret as Yjs positions before each of its own writes and again after it, walking the top-level blocks up to the caret twice per key; only a change from elsewhere (remote, undo, redo) uses the note. It is now taken only before those, and section-aware (client/editor/yBinding/patchLocalWrites.ts, caretNote.ts).',
        '11. Per key, in the CPU profile of the key’s task: ProseMirror looked up each top-level block’s decorations by scanning the clause numbers from the first (quadratic: ~0.5 ms); it now uses a binary search (client/editor/patchDecorationLookup.ts). y-tiptap’s undo plugin noted the caret as Yjs positions before every transaction, though only a change that starts a new undo step keeps the note (~0.3 ms; now never, client/editor/yBinding/undoWithoutSelectionNotes.ts: undo puts the caret at what it changed). Scrolling the caret into view measured the caret and its scroll containers (~0.6 ms); for typed keys it now runs after the paint (client/editor/TypedText.ts; a browser test types past the window’s foot). In an earlier round the binary search showed no difference end to end: a 0.5 ms change is below this machine’s run-to-run noise, which is why these were judged on the profile.',
        '12. What was left was paid per top-level block: the editor’s 858 blocks were one list that Chromium laid out, checked against the viewport (content-visibility’s intersection checks) and hit-tested under the pointer on every key, about 5 of the ~12 ms (p95 about 16 ms over 100 keys, met or missed by the noise). The editor now groups its blocks in sections of a few dozen (client/editor/sections/), so the browser walks about 40 sections and the blocks of the one typed in. The shared document stays one flat list (Yjs cannot move a block, so sections never enter it): the binding flattens on the way to Yjs and groups on the way back, keeping the grouping it had; carets and positions are converted; Backspace and Delete at a section’s edge act as if it were not there. Same machine, back to back (2 runs each, `--only typing-latency --runs 2`): p50 11.4 → 8.0 ms; p95 14.8 → 11.5 ms alone, 17.7 → 12.3 ms with remote editors, 13.8 → 11.9 ms after pauses. Tried before it, no gain: rendering the blocks after the caret normally (p50 11.9 → 14.8 ms) or the blocks before it (→ 19 ms), pointer-events: none on the blocks; and content-visibility: hidden on blocks far from the caret cut p50 by 1.5 ms but not the p95, and would have hidden them from find-in-page and screen readers.',
        'Each run’s p95 is taken over 100 keys, and over 20 after pauses (before this report over 40 and 20: the second slowest key, which one stall of this shared machine moved by milliseconds); each run types into another clause, so no clause grows past a long one.',
        'Measured and not kept: clause numbers as node attributes drawn by CSS (ProseMirror then scans every decoration for every paragraph: remote apply 2.4 → 5 ms) and drawing remote carets once per frame (no difference beyond the noise).',
        'Before (first report, same harness, then timed to the first task of any kind after the frame): p95 58 ms alone, 113 ms with 3 remote editors; remote apply p50 ~18 ms. What is left per key (traced, so inflated): ProseMirror’s update and the Yjs write (~3 ms), the layout forced by setting the caret after the DOM change (~2–2.8 ms: the editor’s 858 top-level blocks are laid out as one list), content-visibility’s intersection checks (~1.7–2 ms a frame), the hover hit test Chromium runs after each layout (~1–1.5 ms) and paint. The last two have one cause: content-visibility: auto contains each block’s paint, so each of the 858 top-level blocks is a paint layer of its own, and both the intersection checks and the hover hit test Chromium runs after every layout walk them all. On a static page of 858 such paragraphs, elementFromPoint took 0.12–0.45 ms; with the same paragraphs grouped in 107 sections, 0.03 ms. A key after a pause is a little slower (p50 0.5–1.5 ms more across runs): its handler and frame run on a main thread gone cold. (That was before sections, fix 12.) Next: the problems check on a worker or per block.',
      ],
    };
  },
};
