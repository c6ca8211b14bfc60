#!/usr/bin/env node
// Browser test of the playground's real UI flow, in Debian's headless Chromium (playwright-core):
//
//   node web/tests/playground.mjs [--dir build/web/dist] [--screenshots build/web/screenshots]
//                                 [--node-modules /var/cache/loopscope/node/node_modules] [--perf | --perf-only]
//
// 1. opens the page with a share link (made by the page's own codec, loopscope.ui.encodeLink) and
//    checks that the editor holds the linked script and the toolbar its settings;
// 2. runs it with Ctrl+Enter (keyboard input on the canvas) and checks the console against CPython;
// 3. steps with F10 and the Step button and checks that every step advanced the run (events, console, the inspector's
//    tasks and lines), then continues with Ctrl+Enter;
// 4. scrubs: a mouse drag on the timeline's ruler, then checks the inspector shows the tasks and the
//    console as they were at that moment; a click on a task's bar puts the editor's caret on the
//    line the task was suspended at;
// 5. opens share links with a scrub position (v1: seconds; v2: the event count the Share dialog
//    writes for a stepped run) and checks the run is reproduced and scrubbed there;
//    Export trace (a mouse click; stages 1-3): disabled before any run; after the run and while it is
//    paused mid-way, a real download (playwright's `download` event) whose Perfetto JSON holds the
//    script's tasks and equals loopscope.trace() at that moment;
// 6. edits the script and the settings (typing, clicking the Virtual time checkbox, typing a seed),
//    waits for the autosave, opens a broken link: a clear message, the autosaved text and settings
//    stay; a reload restores them too.
// 7. a small HiDPI screen (1024x640 CSS pixels at devicePixelRatio 2): every control on screen, the
//    canvas at device resolution, the panels not collapsed, a run still works.
// 8-15. issue 17, each at 1440x900 and at 1024x640 (atBothSizes): a gallery click keeps the user's
//    text (restore button, Ctrl+Z from the gallery, a reload); a real-time run's axis starts at the
//    run; scrubbing moves the console and the editor's markers; "# realtime"; a late wake-up;
//    asyncio.run's clean-up lanes and failed/cancelled ends; a syntax error's empty timeline; slow
//    motion from virtual time.
// 16. the keyboard (both sizes): arrow keys scrub the timeline event by event; Ctrl+/ toggles comments.
// 17. the View popup: light theme and font size, kept after a reload.
// 18. issue 14: a task step that counts to 4*10^7 in real time while the page keeps drawing (>= 5
//    frames/s) and the run's clock moves; Stop during a runaway step (step limit 0 from the link)
//    ends the run within 1 s and names the step (LOOPSCOPE_PLAYGROUND_ONLY=longstep).
// 18b. issue 18's inspector tabs (Warnings, Time, Resources, a task's chains) opened with the mouse on
//    a script with a lock, a queue, a cancellation and a pitfall, at 1440x900 and 1024x640.
// 19-23. for teachers: the Share popup's embed link and <iframe> snippet, the embed view (?embed) at
//    1440x900 and 1024x640 and "Open in Loopscope"; the embed view framed by an isolated page
//    (threads) and by a plain one (no threads); a real-time share link's position from the run's
//    start (both sizes); lanes, inspector rows, cut gallery titles and the dividers at 1440x900 and
//    1024x640.
// 24-26. issue 17 at 1024x640 and 1440x900: a task name cut by the inspector's task column ends in
//    "..." and shows whole under the mouse; the Await tree tab takes the inspector's height; a
//    resized window keeps the timeline's range (fitted or zoomed in).
//    LOOPSCOPE_PLAYGROUND_ONLY=gallery,realtime,scrub,directive,late,lanes,syntax,slow,keys,view,why,
//    longstep,embed,frames,rtlink,small,hidpi,names,awaits,resize runs only those stages.
// With --perf: a 10k-task run, then requestAnimationFrame intervals while the timeline shows it
// (printed, no timed assertion).
// Screenshots of each stage go to --screenshots (playground-<stage>.png). Exits non-zero on failure.
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, decodePng, distinctColours, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('playground', {
  screenshots: path.join(REPO, 'build/web/screenshots'),
  perf: false,
  perfOnly: false,
});
if (opts.perfOnly) opts.perf = true;

const verdict = verdicts('playground');
const { finish } = verdict;
// The screen size the current stage runs at (atBothSizes), named in its failures and screenshots.
let atScreen = '';
const fail = (msg) => verdict.fail(atScreen ? `at ${atScreen}: ${msg}` : msg);
const check = (cond, msg) => {
  if (!cond) fail(msg);
  return !!cond;
};
const log = (msg) => console.log(`playground: ${atScreen ? `${atScreen}: ` : ''}${msg}`);

// The linked script. Expected output: CPython 3.11 (python3 vtime.py) prints exactly this.
const SCRIPT = `import asyncio


async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")


async def main():
    await asyncio.gather(worker("A", 1), worker("B", 2))
    print("all done")


asyncio.run(main())
`;
const EXPECTED = 'A start\nB start\nA done at 1.0\nB done at 2.0\nall done\n';
const SLEEP_LINE = 6;   // await asyncio.sleep(delay)
const GATHER_LINE = 11; // await asyncio.gather(...)

async function waitFor(page, what, fn, arg, timeout = 30000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 50 });
    return true;
  } catch {
    fail(`timed out waiting for ${what}`);
    return false;
  }
}

// Lets the app render `n` more frames (ImGui sees queued input one frame at a time).
async function frames(page, n = 3) {
  const start = await page.evaluate(() => loopscope.frames);
  await page.waitForFunction((s) => loopscope.frames >= s, start + n, { timeout: 30000, polling: 10 });
}

async function screenshot(page, stage) {
  const file = path.join(opts.screenshots, `playground-${stage}${atScreen ? `-${atScreen}` : ''}.png`);
  const png = await page.screenshot({ path: file });
  const colours = distinctColours(decodePng(png));
  log(`screenshot ${file} (${colours} colours)`);
  check(colours >= 8, `${stage}: the screenshot looks blank (${colours} colours)`);
}

// Opens `url` as a fresh document (a fragment-only change would not reload the app).
async function open(page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await waitFor(page, 'the app to render', () => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5 && loopscope.ui,
                undefined, 90000);
  await frames(page, 3);
}

const ui = (page, name, ...args) => page.evaluate(([n, a]) => loopscope.ui[n](...a), [name, args]);

async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
}

// Gives the canvas the keyboard focus: a click on the empty spot right of the toolbar's last
// control (View), whatever the window's width and font size.
async function focusCanvas(page) {
  const view = (await ui(page, 'controls')).view;
  if (!check(view, 'no View button on screen')) return;
  await page.mouse.click(view.x1 + 6, (view.y0 + view.y1) / 2);
  await frames(page, 2);
}

async function clickControl(page, name) {
  const c = (await ui(page, 'controls'))[name];
  if (!check(c, `no control named ${name} on screen`)) return;
  await clickAt(page, (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2);
}

async function key(page, keys) {
  await page.keyboard.press(keys);
  await frames(page, 3);
}

async function waitRunEnd(page, what) {
  await waitFor(page, what, () => !loopscope.ui.run().running, undefined, 60000);
  await frames(page, 3);
}

// Export trace, clicked with the mouse (or its shortcut): the download's name and Perfetto JSON (the same text as
// loopscope.trace() now, holding the tasks named in `tasks`). Returns the parsed trace, or null.
async function exportDownload(page, what, tasks, shortcut = false) {
  const c = (await ui(page, 'controls')).export;
  if (!check(c, `${what}: no Export trace button on screen`)) return null;
  const downloading = page.waitForEvent('download', { timeout: 20000 });
  if (shortcut) await key(page, 'Control+Shift+E');  // the shortcut its tooltip names
  else await clickAt(page, (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2);
  let download;
  try {
    download = await downloading;
  } catch {
    fail(`${what}: clicking Export trace started no download`);
    return null;
  }
  const name = download.suggestedFilename();
  check(/^loopscope-trace-[A-Za-z0-9_-]+-\d{8}-\d{6}\.json$/.test(name), `${what}: the download is named ${name}`);
  const file = await download.path();
  const text = file ? readFileSync(file, 'utf8') : '';
  let trace = null;
  try {
    trace = JSON.parse(text);
  } catch (err) {
    fail(`${what}: the download is not JSON (${err.message}): ${JSON.stringify(text.slice(0, 120))}`);
    return null;
  }
  if (!check(Array.isArray(trace.traceEvents) && trace.traceEvents.length > 0, `${what}: no traceEvents in the download`))
    return null;
  const threads = new Set(trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name));
  for (const t of tasks) check(threads.has(t), `${what}: the trace has no track for ${t}: ${JSON.stringify([...threads])}`);
  check(text === (await page.evaluate(() => loopscope.trace())), `${what}: the download differs from loopscope.trace()`);
  const status = await ui(page, 'exportStatus');
  check(status.message.includes(name) && !status.failed, `${what}: the toolbar does not name the file: ${JSON.stringify(status)}`);
  log(`${what}: downloaded ${name} (${text.length} bytes, ${trace.traceEvents.length} trace events)`);
  return trace;
}

// Stage 1-2: the share link opens, Ctrl+Enter runs it.
async function linkAndRun(page, url) {
  const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true, seed: 7, speed: 1 });
  check(fragment.startsWith('v1.'), `a link without an event count should be v1: ${fragment.slice(0, 8)}`);
  await open(page, `${url}#${fragment}`);
  const editor = await ui(page, 'editor');
  check(editor.text === SCRIPT, `the editor does not hold the linked script: ${JSON.stringify(editor.text.slice(0, 80))}`);
  const settings = await ui(page, 'settings');
  check(settings.virtualTime === true && settings.seed === 7 && settings.speed === 1,
        `the toolbar does not show the link's settings: ${JSON.stringify(settings)}`);
  check((await ui(page, 'console')).includes('Loaded the script from the share link'), 'the console does not say the link was loaded');
  await screenshot(page, '1-link');

  // No run yet: Export trace is disabled (no download) and its tooltip says why.
  const exportButton = (await ui(page, 'controls')).export;
  if (check(exportButton, 'no Export trace button on screen')) {
    const none = page.waitForEvent('download', { timeout: 2000 }).then(() => true, () => false);
    await clickAt(page, (exportButton.x0 + exportButton.x1) / 2, (exportButton.y0 + exportButton.y1) / 2);
    check(!(await none), 'Export trace downloaded something before any run');
  }

  // Real keyboard input: the shortcut goes to the canvas, whatever panel has the focus.
  await page.mouse.click(640, 10);  // the page (and the canvas) get the focus
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the run started by Ctrl+Enter to end');
  const out = await ui(page, 'console');
  log(`console after Ctrl+Enter: ${JSON.stringify(out)}`);
  check(out.includes(EXPECTED), `the run's output differs from CPython's: ${JSON.stringify(out)}`);
  const run = await ui(page, 'run');
  check(run.events > 20, `the run recorded only ${run.events} events`);
  await screenshot(page, '2-run');
  const exported = await exportDownload(page, 'export after the run', ['main() Task-1', 'worker() Task-2', 'worker() Task-3', 'event loop']);
  if (exported) {
    // Each worker printed: the output lines are in the trace as instants.
    const printed = exported.traceEvents.filter((e) => e.ph === 'i' && JSON.stringify(e).includes('all done'));
    check(printed.length >= 1, 'the exported trace has no instant for the "all done" line');
  }
  await exportDownload(page, 'export by Ctrl+Shift+E', ['main() Task-1', 'worker() Task-2', 'worker() Task-3'], true);
}

// Stage 3: F10 steps one callback at a time.
async function stepping(page) {
  let last = 0;
  let steps = 0;
  let out = '';
  for (; steps < 30 && !out.includes('B start'); ) {
    // The F10 shortcut and the Step button, in turn.
    if (steps % 2 === 0) await key(page, 'F10');
    else await clickControl(page, 'step');
    steps++;
    const run = await ui(page, 'run');
    const now = await ui(page, 'console');
    check(run.running && run.paused, `after step ${steps} the run is not paused: ${JSON.stringify(run)}`);
    check(run.events > last, `step ${steps} did not advance the run (${last} -> ${run.events} events)`);
    // One callback at a time: at most one more printed line per step (a paused page runs nothing).
    const lines = (text) => text.split('\n').filter((l) => l && !l.startsWith('[')).length;
    check(lines(now) <= lines(out) + 1, `step ${steps} printed more than one task step's output: ${JSON.stringify(now)}`);
    out = now;
    last = run.events;
  }
  log(`${steps} steps to reach "B start"; ${last} events; console ${JSON.stringify(out)}`);
  await frames(page, 10);
  check((await ui(page, 'run')).events === last, 'the paused run went on by itself');
  check(out.includes('A start\nB start') && !out.includes('done'), `stepped output: ${JSON.stringify(out)}`);
  // The inspector (live): both workers wait in asyncio.sleep at its line; main awaits the gather.
  const state = await ui(page, 'inspector');
  const byName = Object.fromEntries(state.tasks.map((t) => [t.name, t]));
  check(byName['Task-2']?.state === 'waiting' && byName['Task-2'].line === SLEEP_LINE &&
        byName['Task-3']?.state === 'waiting' && byName['Task-3'].line === SLEEP_LINE,
        `tasks after stepping: ${JSON.stringify(state.tasks)}`);
  await screenshot(page, '3-step');
  // Export during the (paused) run: what was recorded so far, still valid JSON.
  const partial = await exportDownload(page, 'export of the paused run', ['main() Task-1', 'worker() Task-2', 'worker() Task-3']);
  if (partial) {
    check(!JSON.stringify(partial).includes('all done'), 'the paused run\'s export holds output printed later');
    check((await ui(page, 'exportStatus')).message.includes('recorded so far'),
          'the toolbar does not say the export holds the run so far');
  }
  check((await ui(page, 'run')).events === last, 'exporting advanced the paused run');
  // The Share dialog's position of this paused run: the event count (v2), exact within t = 0.
  const stepped = { fragment: await ui(page, 'shareFragment', true), state, events: last };
  check(stepped.fragment.startsWith('v2.'), `the stepped position should make a v2 link: ${stepped.fragment.slice(0, 8)}`);

  await key(page, 'Control+Enter');  // continue
  await waitRunEnd(page, 'the continued run to end');
  out = await ui(page, 'console');
  check(out.includes(EXPECTED), `the stepped-then-continued run's output differs: ${JSON.stringify(out)}`);
  return stepped;
}

// Stage 4: drag on the ruler, then click bars.
async function scrubbing(page) {
  const tl = await ui(page, 'timeline');
  const x = (t) => tl.rulerMin[0] + (t - tl.start) / tl.secondsPerPixel;
  const y = (tl.rulerMin[1] + tl.rulerMax[1]) / 2;
  log(`timeline ruler ${JSON.stringify(tl)}`);
  await page.mouse.move(x(0.3), y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  for (const t of [0.6, 0.9, 1.2, 1.5]) {
    await page.mouse.move(x(t), y, { steps: 3 });
    await frames(page, 2);
  }
  await page.mouse.up();
  await frames(page, 3);
  const cursor = await ui(page, 'cursor');
  check(cursor.active && Math.abs(cursor.time - 1.5) <= 2 * tl.secondsPerPixel,
        `the drag did not put the cursor at 1.5 s: ${JSON.stringify(cursor)}`);
  const at = await ui(page, 'inspector');
  log(`inspector at ${at.time} s: ${JSON.stringify(at)}`);
  check(at.console === 'A start\nB start\nA done at 1.0\n', `the console at 1.5 s: ${JSON.stringify(at.console)}`);
  const byName = Object.fromEntries(at.tasks.map((t) => [t.name, t]));
  check(byName['Task-2']?.state === 'done' && byName['Task-3']?.state === 'waiting' &&
        byName['Task-3'].awaiting === 'sleep' && byName['Task-3'].line === SLEEP_LINE &&
        byName['Task-1']?.state === 'waiting' && byName['Task-1'].line === GATHER_LINE,
        `tasks at 1.5 s: ${JSON.stringify(at.tasks)}`);
  // The inspector's await tree at that moment: main awaits the gather, which stands for B (A is done).
  const tree = new RegExp(`^└── main\\(\\) Task-1  awaits gather  \\S+:${GATHER_LINE}\\n    └── worker\\(\\) Task-3  awaits sleep  \\S+:${SLEEP_LINE}\\n$`);
  check(tree.test(at.awaitTree), `the await tree at 1.5 s: ${JSON.stringify(at.awaitTree)}`);
  await screenshot(page, '4-scrub');

  // A click on main's bar at 0.5 s: the caret goes to the gather line; on B's at 1.5 s: the sleep.
  for (const [task, t, line] of [['Task-1', 0.5, GATHER_LINE], ['Task-3', 1.5, SLEEP_LINE]]) {
    const p = await ui(page, 'taskPoint', task, t);
    if (!check(p, `no lane for ${task}`)) continue;
    await clickAt(page, p.x, p.y);
    const editor = await ui(page, 'editor');
    check(editor.caretLine === line, `a click on ${task}'s bar at ${t} s put the caret on line ${editor.caretLine}, not ${line}`);
    const c = await ui(page, 'cursor');
    check(c.active && Math.abs(c.time - t) < 0.05, `a click on ${task}'s bar did not move the cursor there: ${JSON.stringify(c)}`);
  }
  await screenshot(page, '5-bar-click');

  // The Share button: the address bar gets a link of the editor's script (v1: no position); the
  // popup's "Include the timeline position" makes it a v2 link at the cursor.
  const clicked = await ui(page, 'cursor');
  await clickControl(page, 'share');
  const plain = await page.evaluate(() => location.hash);
  check(plain.startsWith('#v1.'), `the Share button did not put a v1 link in the address bar: ${plain.slice(0, 12)}`);
  await clickControl(page, 'share_position');
  const positioned = await page.evaluate(() => location.hash);
  check(positioned.startsWith('#v2.'), `the position checkbox did not make a v2 link: ${positioned.slice(0, 12)}`);
  await screenshot(page, '5-share-popup');
  await key(page, 'Escape');
  return { fragment: positioned.slice(1), cursor: clicked };
}

// Stage 5: links with a scrub position open, run and scrub there.
async function scrubLinks(page, url, stepped, shared) {
  const v1 = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true, seed: 7, scrubSeconds: 1.5 });
  await open(page, `${url}#${v1}`);
  await waitFor(page, 'the v1 link to scrub', () => loopscope.ui.cursor().active && !loopscope.ui.run().scrubPending);
  let c = await ui(page, 'cursor');
  check(Math.abs(c.time - 1.5) < 1e-9, `the v1 link scrubbed to ${c.time} s, not 1.5 s`);
  let at = await ui(page, 'inspector');
  check(at.console === 'A start\nB start\nA done at 1.0\n', `v1 link: the console at 1.5 s: ${JSON.stringify(at.console)}`);
  await screenshot(page, '6-scrub-link');

  // The link the Share popup made at the cursor of the last bar click.
  await open(page, `${url}#${shared.fragment}`);
  await waitFor(page, 'the shared link to scrub', () => loopscope.ui.cursor().active && !loopscope.ui.run().scrubPending);
  c = await ui(page, 'cursor');
  check(c.events === shared.cursor.events && Math.abs(c.time - shared.cursor.time) < 0.01,
        `the Share popup's link scrubbed to ${JSON.stringify(c)}, not ${JSON.stringify(shared.cursor)}`);

  await open(page, `${url}#${stepped.fragment}`);
  await waitFor(page, 'the v2 link to scrub', () => loopscope.ui.cursor().active && !loopscope.ui.run().scrubPending);
  c = await ui(page, 'cursor');
  check(c.events === stepped.events, `the v2 link scrubbed to event ${c.events}, not ${stepped.events}`);
  at = await ui(page, 'inspector');
  check(JSON.stringify(at.tasks) === JSON.stringify(stepped.state.tasks) && at.console === stepped.state.console,
        `the v2 link's moment differs from the stepped run's: ${JSON.stringify(at)} vs ${JSON.stringify(stepped.state)}`);
}

// Stage 6: autosave of text and settings; a broken link keeps them.
async function autosaveAndBrokenLink(page, url) {
  const editor = (await ui(page, 'controls')).editor;
  await clickAt(page, editor.x0 + 80, editor.y0 + 8);
  await key(page, 'Control+End');
  await page.keyboard.type('\n# edited in the browser test\n', { delay: 20 });
  await frames(page, 3);
  check((await ui(page, 'editor')).text.includes('# edited in the browser test'), 'typing did not reach the editor');
  check(await page.evaluate(() => location.hash === ''), 'the edit did not take the link out of the address bar');

  await clickControl(page, 'virtual_time');
  const seed = (await ui(page, 'controls')).seed;
  await page.mouse.dblclick((seed.x0 + seed.x1) / 2, (seed.y0 + seed.y1) / 2);
  await frames(page, 3);
  await key(page, 'Control+a');
  await page.keyboard.type('123', { delay: 20 });
  await key(page, 'Enter');
  const settings = await ui(page, 'settings');
  check(settings.virtualTime === false && settings.seed === 123, `the toolbar did not take the input: ${JSON.stringify(settings)}`);
  await waitFor(page, 'the autosave', () => {
    const text = localStorage.getItem('loopscope.autosave') || '';
    const s = localStorage.getItem('loopscope.settings') || '';
    return text.includes('# edited in the browser test') && s.includes('seed=123') && s.includes('virtual_time=0');
  });
  const saved = await page.evaluate(() => localStorage.getItem('loopscope.autosave'));

  await open(page, `${url}#v1.AAAAthis-link-is-broken`);
  const out = await ui(page, 'console');
  log(`console with a broken link: ${JSON.stringify(out)}`);
  check(/Cannot open the share link: .+/.test(out), `no clear message for a broken link: ${JSON.stringify(out)}`);
  const notice = await ui(page, 'notice');
  check(/cannot be opened: .+autosaved/s.test(notice), `no popup for a broken link: ${JSON.stringify(notice)}`);
  check((await ui(page, 'editor')).text === saved, 'a broken link lost the autosaved text');
  const after = await ui(page, 'settings');
  check(after.virtualTime === false && after.seed === 123, `a broken link lost the saved settings: ${JSON.stringify(after)}`);
  await screenshot(page, '7-broken-link');
  await key(page, 'Escape');  // the popup closes
  check((await ui(page, 'notice')) === '', 'Escape did not close the broken-link popup');

  await open(page, url);  // a reload without a link
  check((await ui(page, 'editor')).text === saved, 'a reload lost the autosaved text');
  const reloaded = await ui(page, 'settings');
  check(reloaded.virtualTime === false && reloaded.seed === 123, `a reload lost the settings: ${JSON.stringify(reloaded)}`);
}

// Stage 7: a small laptop screen at devicePixelRatio 2 (Chromium's device metrics emulation).
async function smallHiDpi(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1024, height: 640, deviceScaleFactor: 2, mobile: false });
  try {
    const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true, seed: 7, speed: 1 });
    await open(page, `${url}#${fragment}`);
    const page_ = await page.evaluate(() => ({ dpr: devicePixelRatio, w: innerWidth, h: innerHeight,
                                              canvas: [document.querySelector('#canvas').width, document.querySelector('#canvas').height] }));
    log(`small HiDPI page: ${JSON.stringify(page_)}`);
    check(page_.dpr === 2 && page_.w === 1024 && page_.h === 640, `the emulated screen is ${JSON.stringify(page_)}`);
    check(page_.canvas[0] === 2048 && page_.canvas[1] === 1280, `the canvas is not at device resolution: ${page_.canvas}`);
    const controls = await ui(page, 'controls');
    for (const [name, c] of Object.entries(controls))
      check(c.x0 >= 0 && c.y0 >= 0 && c.x1 <= 1024 && c.y1 <= 640, `${name} is off screen at 1024x640: ${JSON.stringify(c)}`);
    const editor = controls.editor;
    check(editor && editor.x1 - editor.x0 >= 400 && editor.y1 - editor.y0 >= 120, `the editor is cramped: ${JSON.stringify(editor)}`);
    await focusCanvas(page);
    await key(page, 'Control+Enter');
    await waitRunEnd(page, 'the run on the small HiDPI screen to end');
    check((await ui(page, 'console')).includes(EXPECTED), 'the run on the small HiDPI screen printed something else');
    const tl = await ui(page, 'timeline');
    check(tl.rulerMax[0] - tl.rulerMin[0] >= 400 && tl.rulerMax[0] <= 1024, `the timeline is cramped: ${JSON.stringify(tl)}`);
    const p = await ui(page, 'taskPoint', 'Task-3', 1.5);
    check(p && p.y > tl.rulerMax[1] && p.y < 640, `Task-3's lane is not on screen: ${JSON.stringify(p)}`);
    // Through the protocol: playwright's own screenshot would put its 1280x720 viewport back first.
    const shot = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64');
    const file = path.join(opts.screenshots, 'playground-9-1024x640-hidpi.png');
    writeFileSync(file, shot);
    const image = decodePng(shot);
    const colours = distinctColours(image);
    log(`screenshot ${file} (${image.width}x${image.height}, ${colours} colours)`);
    check(image.width === 2048 && image.height === 1280, `the HiDPI screenshot is ${image.width}x${image.height}`);
    check(colours >= 8, `the HiDPI screenshot looks blank (${colours} colours)`);
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride').catch(() => {});
  }
}

// Stage 8 (issue 17, 1): an example never silently replaces the user's text. A gallery click keeps
// it: "Undo: restore your text" (a mouse click) or Ctrl+Z with the gallery focused brings it back,
// also after a reload; once edited, the example is no longer highlighted as what the editor holds.
async function galleryKeepsEdits(page, url) {
  await page.evaluate(() => localStorage.removeItem('loopscope.replaced'));  // left by a run at another size
  await open(page, url);
  const editor = (await ui(page, 'controls')).editor;
  await clickAt(page, editor.x0 + 80, editor.y0 + 8);
  await key(page, 'Control+Home');
  await page.keyboard.type('# my own work\n', { delay: 20 });
  await frames(page, 3);
  const mine = (await ui(page, 'editor')).text;
  check(mine.startsWith('# my own work'), 'typing did not reach the editor');
  check(!(await ui(page, 'controls')).restore_text, 'a restore button before anything was replaced');

  await clickControl(page, 'example_second');
  let g = await ui(page, 'gallery');
  check((await ui(page, 'editor')).text !== mine, 'the gallery click did not load the example');
  check(g.replaced === mine && g.intact, `the replaced text was not kept: ${JSON.stringify(g)}`);
  const restore = (await ui(page, 'controls')).restore_text;
  if (check(restore, 'no "Undo: restore your text" button after the replace')) {
    // The console says where the button is: under the examples' list (it said "above").
    const second = (await ui(page, 'controls')).example_second;
    check(second && restore.y0 >= second.y1 && /"Undo: restore your text" under the examples/.test(await ui(page, 'console')),
          `the console does not say where the restore button is: ${JSON.stringify([restore, second])}`);
  }
  await screenshot(page, '10-example-replaced');
  await key(page, 'Control+z');  // the gallery has the focus
  check((await ui(page, 'editor')).text === mine,
        `Ctrl+Z with the gallery focused did not restore the text: ${JSON.stringify(await ui(page, "gallery"))} ${JSON.stringify(await ui(page, "editor"))}`);
  g = await ui(page, 'gallery');
  check(g.replaced === '' && !(await ui(page, 'controls')).restore_text, `still offering a restore: ${JSON.stringify(g)}`);

  await clickControl(page, 'example_first');
  await waitFor(page, 'the replaced text to be saved', (m) => (localStorage.getItem('loopscope.replaced') || '').endsWith(m), mine);
  await open(page, url);  // a reload: the button is still there, the mouse brings the text back
  check((await ui(page, 'gallery')).replaced === mine, 'the replaced text did not outlive a reload');
  await clickControl(page, 'restore_text');
  check((await ui(page, 'editor')).text === mine, 'the restore button did not bring the text back after a reload');
  check(await page.evaluate(() => !localStorage.getItem('loopscope.replaced')), 'the restored text is still stored');

  await clickControl(page, 'example_first');
  check((await ui(page, 'gallery')).intact, 'a freshly loaded example is not shown as intact');
  const ed = (await ui(page, 'controls')).editor;
  await clickAt(page, ed.x0 + 80, ed.y0 + 8);
  await page.keyboard.type('x', { delay: 20 });
  await frames(page, 3);
  check(!(await ui(page, 'gallery')).intact, 'an edited example is still highlighted as the example');
  await screenshot(page, '10-example-edited');
}

// Stage 9 (issue 17, 2): in real time the timeline starts at the run (not at page load) and fits it.
async function realTimeAxis(page, url) {
  const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: false });
  await open(page, `${url}#${fragment}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the real-time run to end');
  const tl = await ui(page, 'timeline');
  const span = (tl.rulerMax[0] - tl.rulerMin[0]) * tl.secondsPerPixel;
  log(`real-time axis: ${JSON.stringify(tl)}, span ${span.toFixed(2)} s`);
  check(tl.origin > 0.5, `the real-time run's origin is not the run's start: ${tl.origin}`);
  check(tl.start >= tl.origin - span * 0.1 && tl.start <= tl.origin + 0.01,
        `the axis does not start at the run: start ${tl.start}, run at ${tl.origin}`);
  check(span > 2 && span < 3.5, `the axis does not fit the 2 s run: ${span} s across`);
  await screenshot(page, '11-realtime-axis');
}

// Opens SCRIPT by link under virtual time, runs it to its end with Ctrl+Enter and returns where
// the timeline's ruler is: xAt(t), the pixel of loop time t, and y, its middle.
async function runLinkedScript(page, url) {
  const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true });
  await open(page, `${url}#${fragment}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the run to end');
  const tl = await ui(page, 'timeline');
  return { xAt: (t) => tl.rulerMin[0] + (t - tl.start) / tl.secondsPerPixel, y: (tl.rulerMin[1] + tl.rulerMax[1]) / 2 };
}

// Stage 10 (issue 17, 3): scrubbing brings the console and the editor's task markers to the moment.
async function scrubConsole(page, url) {
  const { xAt, y } = await runLinkedScript(page, url);
  await page.mouse.move(xAt(0.5), y);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.move(xAt(1.5), y, { steps: 4 });
  await frames(page, 3);
  const during = await ui(page, 'consoleShown');
  const markersDuring = (await ui(page, 'editor')).markerLines;
  await page.mouse.up();
  await frames(page, 3);
  check(during.past && during.text === 'A start\nB start\nA done at 1.0\n',
        `while dragging at 1.5 s the console is not the moment's: ${JSON.stringify(during)}`);
  check(markersDuring.includes(SLEEP_LINE) && markersDuring.includes(GATHER_LINE),
        `while dragging the editor's markers are not the moment's: ${JSON.stringify(markersDuring)}`);
  await screenshot(page, '12-scrub-console');
  await page.mouse.click(xAt(0.5), y);
  await frames(page, 3);
  const early = await ui(page, 'consoleShown');
  check(early.past && early.text === 'A start\nB start\n', `the console at 0.5 s: ${JSON.stringify(early)}`);
  await clickControl(page, 'console_live');
  const live = await ui(page, 'consoleShown');
  check(!live.past && live.text.includes(EXPECTED), `"Back to live" did not bring the whole output back: ${JSON.stringify(live)}`);
  check((await ui(page, 'editor')).markerLines.length === 0, 'the moment\'s markers stayed after the run, back to live');
  check(!(await ui(page, 'cursor')).active, '"Back to live" left the timeline\'s cursor on');
}

// Stage 11 (issue 17, 5): a script whose first line is "# realtime" runs in real time even with the
// Virtual time box checked, and says so; its worker lane is named by the executor's number.
async function realtimeDirective(page, url) {
  const script = `# realtime
import asyncio
import time


def blocking():
    time.sleep(0.3)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    print("got", await loop.run_in_executor(None, blocking))


asyncio.run(main())
`;
  const fragment = await ui(page, 'encodeLink', script, { virtualTime: true });
  await open(page, `${url}#${fragment}`);
  check((await ui(page, 'settings')).virtualTime, 'the link did not check Virtual time');
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the "# realtime" run to end');
  const out = await ui(page, 'console');
  check(out.includes('got 42'), `the "# realtime" run printed: ${JSON.stringify(out)}`);
  check(/first line is "# realtime": it runs in real time/.test(out), `no note that the run is in real time: ${JSON.stringify(out)}`);
  const tl = await ui(page, 'timeline');
  check(tl.origin > 0.5, `the "# realtime" run used a virtual clock (origin ${tl.origin})`);
  const trace = JSON.parse(await page.evaluate(() => loopscope.trace()));
  const workers = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /^worker \d/.test(e.args.name))
    .map((e) => e.args.name);
  check(workers.length >= 1 && workers.every((n) => /^worker \d+ \(executor \d\)$/.test(n)), `worker lanes named ${JSON.stringify(workers)}`);
  await screenshot(page, '13-realtime-directive');
}

// Stage 12 (issue 17, 7): a late wake-up is drawn: the ticker of "A blocking sleep stalls every task"
// was due at 1.0 s, the blocked loop ran it at 2.6 s.
async function lateWake(page, url) {
  const script = readFileSync(path.join(REPO, 'examples/python/blocking_sleep.py'), 'utf8');
  const fragment = await ui(page, 'encodeLink', script, { virtualTime: true });
  await open(page, `${url}#${fragment}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the blocking-sleep run to end');
  const tl = await ui(page, 'timeline');
  log(`late wake-ups: ${JSON.stringify(tl.late)}`);
  const tick = tl.late.find((w) => Math.abs(w[1] - 1.0) < 1e-6);
  check(tick && Math.abs(tick[2] - 2.6) < 1e-6, `no late wake-up due at 1.0 s and run at 2.6 s: ${JSON.stringify(tl.late)}`);
  check(tl.late.every((w) => w[2] > w[1]), 'a "late" wake-up that was not late');
  check(tl.late.every((w) => w[3] === 'blocked'), `a late wake-up of blocking_sleep not put down to the blocking call: ${JSON.stringify(tl.late)}`);
  checkRulerLabels(tl, 'blocking sleep');  // its pitfalls are marked under the labels
  if (tick) {
    const p = await ui(page, 'taskPoint', tick[0], 1.8);
    if (check(p, `the late task ${tick[0]} has no lane on screen`)) {
      await page.mouse.move(p.x, p.y);
      await frames(page, 4);
    }
  }
  await screenshot(page, '14-late-wake');
}

// The ruler (issue 17 audit, 3): a label on every tick, at a round step (1, 2 or 5 x 10^k s),
// evenly spaced and apart, none of them under the warnings' marks.
function checkRulerLabels(tl, what) {
  const labels = tl.rulerLabels;
  if (!check(labels.length >= 3, `${what}: only ${labels.length} ruler labels`)) return;
  const step = labels[1][3] - labels[0][3];
  const mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
  check([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6), `${what}: the ruler's step ${step} is not 1, 2 or 5 x 10^k`);
  const spacing = labels[1][0] - labels[0][0];
  for (let i = 1; i < labels.length; ++i) {
    check(Math.abs(labels[i][3] - labels[i - 1][3] - step) < step * 1e-6, `${what}: a ruler tick without its label after ${labels[i - 1][3]} s`);
    check(Math.abs(labels[i][0] - labels[i - 1][0] - spacing) <= 1.5, `${what}: uneven ruler labels ${JSON.stringify(labels)}`);
    check(labels[i - 1][1] + 4 <= labels[i][0], `${what}: ruler labels run into each other ${JSON.stringify(labels)}`);
  }
  for (const l of labels) check(l[2] <= tl.warningBandTop + 0.5, `${what}: a ruler label over the warnings' band (${l[2]} > ${tl.warningBandTop})`);
  log(`${what}: ${labels.length} ruler labels every ${step} s, ${spacing.toFixed(1)} px apart`);
}

// Rests the mouse on the middle of task `name`'s lane at loop time `t` (or, with `labelColumn`,
// on its name in the label column); the timeline's view of it then.
async function hoverLane(page, name, t, labelColumn = false) {
  const p = await ui(page, 'taskPoint', name, t);
  if (!check(p, `no lane on screen for ${name}`)) return null;
  const tl = await ui(page, 'timeline');
  await page.mouse.move(labelColumn ? tl.rulerMin[0] - 30 : p.x, p.y);
  await frames(page, 4);
  return ui(page, 'timeline');
}

// Stage 13 (issue 17, 4 and 6): asyncio.run's own clean-up tasks are labelled as such ("hello" runs
// asyncio.run twice: two tasks of the script, two clean-up tasks each); a failed and a cancelled
// task end with a marker.
async function lanesAndEnds(page, url) {
  const hello = readFileSync(path.join(REPO, 'examples/python/hello.py'), 'utf8');
  await open(page, `${url}#${await ui(page, 'encodeLink', hello, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the hello run to end');
  const shutdown = (await ui(page, 'timeline')).shutdown;
  check(JSON.stringify(shutdown) === JSON.stringify(['Task-2', 'Task-3', 'Task-5', 'Task-6']),
        `asyncio.run's clean-up tasks of "hello": ${JSON.stringify(shutdown)}`);
  await screenshot(page, '15-hello-lanes');
  // A lane's name cut by the label column ends in "..." and its tooltip holds it whole.
  for (const [w, h] of [[1440, 900], [1024, 640]]) {
    await atSize(page, w, h, async (cdp) => {
      const tl = await hoverLane(page, 'Task-4', 1.0, true);
      if (!tl) return;
      check(tl.hoveredLane && tl.hoveredLane.label === 'delayed_hello() Task-4',
            `${w}x${h}: the tooltip of delayed_hello's lane name: ${JSON.stringify(tl.hoveredLane)}`);
      log(`${w}x${h}: delayed_hello's lane name ${tl.hoveredLane && tl.hoveredLane.cut ? 'cut, whole in its tooltip' : 'whole'}`);
      checkRulerLabels(tl, `hello at ${w}x${h}`);
      await screenshotAt(page, cdp, `15-hello-lane-name-${w}x${h}`, w, h);
    });
  }

  const script = `import asyncio


async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("bad value")


async def forever():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(forever())
    b = asyncio.create_task(boom())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await b
    except ValueError as e:
        print("caught", e)
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
`;
  await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the failing run to end');
  check((await ui(page, 'console')).includes('caught bad value\ncancelled\n'), 'the failing script printed something else');
  const ends = (await ui(page, 'timeline')).failedOrCancelled;
  check(JSON.stringify(ends) === JSON.stringify(['Task-2', 'Task-3']), `failed or cancelled tasks: ${JSON.stringify(ends)}`);
  const p = await ui(page, 'taskPoint', 'Task-3', 0.52);
  if (check(p, 'the failed task has no lane on screen')) {
    await page.mouse.move(p.x, p.y);
    await frames(page, 4);
  }
  await screenshot(page, '16-failed-cancelled');
  // After the run its bars reach the run's end (not the stopped clock's 0): the failure's bar,
  // from 0.5 s on, carries its exception, and a hover on it says what was raised.
  for (const [w, h] of [[1440, 900], [1024, 640]]) {
    await atSize(page, w, h, async (cdp) => {
      const tl = await hoverLane(page, 'Task-3', 0.6);  // in view at both sizes (the zoom is kept)
      if (!tl) return;
      check(tl.shownNow - tl.origin >= 0.99, `${w}x${h}: the finished run's bars end at ${tl.shownNow - tl.origin} s`);
      check(tl.hoveredBar && tl.hoveredBar.task === 'Task-3' && tl.hoveredBar.state === 'failed' &&
            tl.hoveredBar.error === 'ValueError: bad value',
            `${w}x${h}: the bar under the mouse after the failure: ${JSON.stringify(tl.hoveredBar)}`);
      await screenshotAt(page, cdp, `16-failed-bar-${w}x${h}`, w, h);
    });
  }
}

// Stage 14 (issue 17, 8): a syntax error draws no (bogus 0-1 ms) axis but says why the timeline is empty.
async function syntaxError(page, url) {
  const script = 'import asyncio\n\nasync def main(:\n    pass\n\nasyncio.run(main())\n';
  await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the syntax-error run to end');
  check(/SyntaxError/.test(await ui(page, 'console')), 'no SyntaxError in the console');
  const tl = await ui(page, 'timeline');
  check(tl.noTasks, `the timeline of a syntax error is not the "no task" note: ${JSON.stringify(tl)}`);
  await screenshot(page, '17-syntax-error');
}

// Stage 15 (issue 17, 8): slow motion can be picked while Virtual time is on (the default): it turns
// Virtual time off and says so; the combo's label is not cut.
async function slowMotion(page, url) {
  await open(page, `${url}#${await ui(page, 'encodeLink', SCRIPT, { virtualTime: true })}`);
  const speed = (await ui(page, 'controls')).speed;
  await clickAt(page, (speed.x0 + speed.x1) / 2, (speed.y0 + speed.y1) / 2);
  // The second item of the list that opened under the combo (items are one text line apart).
  const line = speed.y1 - speed.y0 - 3;
  await clickAt(page, speed.x0 + 30, speed.y1 + 4 + line * 1.5);
  const s = await ui(page, 'settings');
  check(s.speed === 0.25 && s.virtualTime === false, `slow motion was not taken: ${JSON.stringify(s)}`);
  check(/0\.25x slow motion: Virtual time is now off/.test(await ui(page, 'console')), 'no word that Virtual time went off');
  await screenshot(page, '18-slow-motion');
}

// --perf: frame times with a 10k-task recording on screen.
async function frameTimes(page, url) {
  const script = `import asyncio


async def job(i):
    await asyncio.sleep((i % 50) * 0.01)
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*[job(i) for i in range(10000)])
    print("10k tasks done")


asyncio.run(main())
`;
  const fragment = await ui(page, 'encodeLink', script, { virtualTime: true });
  await open(page, `${url}#${fragment}`);
  await page.mouse.click(640, 10);
  const measure = async (label) => {
    const stats = await page.evaluate(async (ms) => {
      const dts = [];
      const app = [];  // the app's own CPU time per frame (loopscope.frameMs)
      let last = performance.now();
      await new Promise((resolve) => {
        const end = last + ms;
        const tick = (now) => {
          dts.push(now - last);
          app.push(loopscope.frameMs);
          last = now;
          if (now < end) requestAnimationFrame(tick); else resolve();
        };
        requestAnimationFrame(tick);
      });
      dts.sort((a, b) => a - b);
      const q = (p) => dts[Math.min(dts.length - 1, Math.floor(p * dts.length))];
      app.sort((a, b) => a - b);
      return { frames: dts.length, median: q(0.5), p95: q(0.95), max: dts[dts.length - 1],
               appMedian: app[app.length >> 1], appMax: app[app.length - 1] };
    }, 3000);
    log(`perf: ${label}: ${stats.frames} frames in 3 s, rAF interval median ${stats.median.toFixed(1)} ms, ` +
        `p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms; the app's frame (CPU) median ` +
        `${stats.appMedian.toFixed(1)} ms, max ${stats.appMax.toFixed(1)} ms`);
  };
  await measure('no run yet (baseline)');
  const t0 = Date.now();
  await key(page, 'Control+Enter');
  await measure('10k tasks, while the run records');
  await waitRunEnd(page, 'the 10k-task run to end');
  const run = await ui(page, 'run');
  log(`perf: 10k-task run recorded ${run.events} events in ${Date.now() - t0} ms (wall, headless)`);
  check((await ui(page, 'console')).includes('10k tasks done'), 'the 10k-task run did not finish');
  await measure('10k tasks, idle view');
  const tl = await ui(page, 'timeline');
  const y = (tl.rulerMin[1] + tl.rulerMax[1]) / 2;
  await page.mouse.move(tl.rulerMin[0] + 5, y);
  await page.mouse.down();
  const dragging = (async () => {
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(tl.rulerMin[0] + 5 + i * ((tl.rulerMax[0] - tl.rulerMin[0] - 10) / 30), y);
      await new Promise((r) => setTimeout(r, 90));
    }
  })();
  await measure('10k tasks, scrubbing');
  await dragging;
  await page.mouse.up();
  await screenshot(page, '8-10k-tasks');
}

// Stage 18 (issue 14): a long CPU step never freezes the page. A task counts to 4*10^7 in one step
// (several seconds in wasm: the check samples 1 s in) in real time, in a coroutine its decorator
// awaits (as the documents' @async_timed() example): the page keeps drawing (at least 5 frames/s in
// headless Chromium) and the run's
// clock keeps moving while it computes; then a runaway step (`while True`, no step limit) is
// stopped with a click on Stop, which ends the run within 1 s and says which step it cut short.
const LONG_STEP = `import asyncio
import functools


def timed(func):
    @functools.wraps(func)
    async def wrapped(*args):
        print("starting", func.__name__)
        return await func(*args)
    return wrapped


@timed
async def count(n):
    total = 0
    for i in range(n):
        total += 1
    return total


async def main():
    total = await asyncio.create_task(count(40_000_000))
    print("counted", total)


asyncio.run(main())
`;
const RUNAWAY = `import asyncio


async def worker():
    n = 0
    while True:
        n += 1


async def main():
    print("spinning")
    await asyncio.create_task(worker())


asyncio.run(main())
`;
async function longStep(page, url) {
  await open(page, `${url}#${await ui(page, 'encodeLink', LONG_STEP, { virtualTime: false })}`);
  const settings = await ui(page, 'settings');
  check(settings.stepLimit === 60, `the default step limit is not 60 s: ${JSON.stringify(settings)}`);
  await focusCanvas(page);
  await page.keyboard.press('Control+Enter');
  if (!await waitFor(page, 'the count to start', () => loopscope.ui.console().includes('starting count'))) return;
  const sample = () => page.evaluate(() => ({ frames: loopscope.frames, now: performance.now(),
                                              loopTime: loopscope.ui.run().loopTime, out: loopscope.ui.console() }));
  const start = await sample();
  await new Promise((r) => setTimeout(r, 1000));
  const during = await sample();
  await waitFor(page, 'the count to end', () => loopscope.ui.console().includes('counted'), undefined, 120000);
  const end = await sample();
  const seconds = (end.now - start.now) / 1000;
  const fps = (end.frames - start.frames) / seconds;
  log(`long step: ${seconds.toFixed(2)} s of counting, ${end.frames - start.frames} frames (${fps.toFixed(1)}/s); ` +
      `loop time ${start.loopTime.toFixed(2)} -> ${during.loopTime.toFixed(2)} -> ${end.loopTime.toFixed(2)}`);
  check(!during.out.includes('counted'), 'the count ended within a second: not a long step (nothing measured)');
  check(fps >= 5, `the page drew ${fps.toFixed(1)} frames/s during the long step (want >= 5)`);
  check(during.loopTime > start.loopTime + 0.5, `the run's clock stood still during the step: ${start.loopTime} -> ${during.loopTime}`);
  check(end.out.includes('starting count\ncounted 40000000\n'), `the long step printed ${JSON.stringify(end.out)}`);
  await waitRunEnd(page, 'the long-step run to end');
  await screenshot(page, '19-long-step');

  await open(page, `${url}#${await ui(page, 'encodeLink', RUNAWAY, { virtualTime: false, stepLimit: 0 })}`);
  check((await ui(page, 'settings')).stepLimit === 0, 'the link did not set "no step limit"');
  await focusCanvas(page);
  await page.keyboard.press('Control+Enter');
  if (!await waitFor(page, 'the runaway step to start', () => loopscope.ui.console().includes('spinning'))) return;
  await new Promise((r) => setTimeout(r, 1500));
  check((await ui(page, 'run')).running, 'the runaway run is not running after 1.5 s');
  const stop = (await ui(page, 'controls')).stop;
  if (!check(stop, 'no Stop button on screen')) return;
  await page.mouse.move((stop.x0 + stop.x1) / 2, (stop.y0 + stop.y1) / 2);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 1);
  const clicked = Date.now();
  await page.mouse.up();
  await waitFor(page, 'Stop to end the run', () => !loopscope.ui.run().running, undefined, 10000);
  const took = (Date.now() - clicked) / 1000;
  const out = await ui(page, 'console');
  log(`Stop took ${took.toFixed(2)} s; console ${JSON.stringify(out)}`);
  check(took < 1, `Stop took ${took.toFixed(2)} s to end the run (want < 1 s)`);
  check(/\[stopped during a step of worker\(\) Task-2 at line \d+ after \d+\.\d s of computing\]/.test(out),
        `the console does not say which step was stopped: ${JSON.stringify(out)}`);
  await frames(page, 3);
  await screenshot(page, '20-stopped-mid-step');
}

// Stage 16 (issue 17, keyboard): with the focus in the timeline (a click on its ruler), Left/Right
// move the cursor event by event, Shift by ten, Escape goes back to live; in the editor, Ctrl+/
// comments out the selected lines and comments them back in.
async function keyboard(page, url) {
  const { xAt, y } = await runLinkedScript(page, url);
  await clickAt(page, xAt(1.5), y);
  const start = await ui(page, 'cursor');
  check(start.active, `a click on the ruler set no cursor: ${JSON.stringify(start)}`);
  await key(page, 'ArrowRight');
  const right = await ui(page, 'cursor');
  check(right.events === start.events + 1 && right.time >= start.time,
        `ArrowRight did not move one event on: ${JSON.stringify([start, right])}`);
  await key(page, 'Shift+ArrowLeft');
  const back = await ui(page, 'cursor');
  check(back.events === Math.max(0, right.events - 10) && back.time <= right.time,
        `Shift+ArrowLeft did not move ten events back: ${JSON.stringify([right, back])}`);
  const shown = await ui(page, 'consoleShown');
  check(shown.past, `the console does not follow the keyboard's cursor: ${JSON.stringify(shown)}`);
  await screenshot(page, '16-keys-scrub');
  await key(page, 'Escape');
  check(!(await ui(page, 'cursor')).active, 'Escape in the timeline did not go back to live');

  // Ctrl+/ on the editor's lines 5-7 (the worker's body), then again.
  const ed = await ui(page, 'editor');
  const line5 = await ui(page, 'editorLinePoint', 5);
  if (!check(line5 && !line5.error, `no screen point for editor line 5: ${JSON.stringify(line5)}`)) return;
  await clickAt(page, line5.x, line5.y);
  await key(page, 'Home');
  await page.keyboard.down('Shift');
  await key(page, 'ArrowDown');
  await key(page, 'ArrowDown');
  await key(page, 'ArrowDown');
  await page.keyboard.up('Shift');
  await key(page, 'Control+Slash');
  const commented = (await ui(page, 'editor')).text.split('\n');
  const want = ed.text.split('\n');
  for (const i of [4, 5, 6]) want[i] = want[i].replace(/^(\s*)/, '$1# ');
  check(commented.join('\n') === want.join('\n'),
        `Ctrl+/ did not comment out lines 5-7: ${JSON.stringify(commented.slice(3, 8))}`);
  await screenshot(page, '16-keys-comment');
  await key(page, 'Control+Slash');
  check((await ui(page, 'editor')).text === ed.text, 'a second Ctrl+/ did not bring the lines back');
}

// Stage 17 (issue 17, for teachers): the toolbar's View popup switches to the light theme and a
// bigger font with mouse clicks; both are kept in localStorage and come back after a reload.
async function viewSettings(page, url) {
  await open(page, url);
  await clickControl(page, 'view');
  await clickControl(page, 'theme_light');
  await clickControl(page, 'font_bigger');
  await clickControl(page, 'font_bigger');
  const saved = await page.evaluate(() => localStorage.getItem('loopscope.view'));
  check(saved && saved.includes('theme=light') && saved.includes('font_size=15'),
        `the View popup's choices were not saved: ${JSON.stringify(saved)}`);
  await page.keyboard.press('Escape');
  await frames(page, 3);
  const lightPixels = async () => {
    const { pixels, channels } = decodePng(await page.screenshot());
    let n = 0;
    for (let i = 0; i + channels <= pixels.length; i += channels)
      if (pixels[i] === 252 && pixels[i + 1] === 252 && pixels[i + 2] === 250) ++n;
    return n;
  };
  check(await lightPixels() > 50000, 'the light theme did not reach the editor');
  await screenshot(page, '17-light-theme');
  await open(page, url);  // a reload keeps them
  check(await lightPixels() > 50000, 'the light theme was not restored after a reload');
  // Back to the defaults for the later stages.
  await clickControl(page, 'view');
  await clickControl(page, 'theme_dark');
  await page.evaluate(() => localStorage.removeItem('loopscope.view'));
  await page.keyboard.press('Escape');
  await frames(page, 3);

  // A big font on a small screen: the toolbar wraps, every control stays on screen (View too, to
  // set it back), the View popup stays inside the window; Ctrl+= / Ctrl+- / Ctrl+0 set the size.
  const toolbar = ['run', 'stop', 'step', 'virtual_time', 'speed', 'seed', 'asyncio37', 'step_limit', 'share',
                   'export', 'copy_output', 'view'];
  const onScreen = (c, w, h) => c && c.x0 >= 0 && c.y0 >= 0 && c.x1 <= w && c.y1 <= h;
  for (const [w, h, size] of [[1024, 640, 20], [1440, 900, 24]]) {
    await atSize(page, w, h, async (cdp) => {
      await open(page, url);
      await page.mouse.click(w - 10, h - 10);
      const start = (await ui(page, 'settings')).fontSize;
      for (let i = start; i < size; ++i) await key(page, 'Control+Equal');
      await frames(page, 4);
      check((await ui(page, 'settings')).fontSize === size,
            `${w}x${h}: Ctrl+= did not take the font to ${size} px: ${JSON.stringify(await ui(page, 'settings'))}`);
      let controls = await ui(page, 'controls');
      for (const name of toolbar)
        check(onScreen(controls[name], w, h), `${w}x${h} at ${size} px: the toolbar's ${name} is off screen: ${JSON.stringify(controls[name])}`);
      // The step-limit field holds "max 60s" whole (it was FontSize * 3.8 wide: "max 60:").
      const field = controls.step_limit;
      check(field && field.x1 - field.x0 > size * 3.8 + 4, `${w}x${h} at ${size} px: the step-limit field is ${field && field.x1 - field.x0} px wide`);
      await clickControl(page, 'view');
      controls = await ui(page, 'controls');
      for (const name of ['theme_dark', 'theme_light', 'font_smaller', 'font_bigger'])
        check(onScreen(controls[name], w, h), `${w}x${h} at ${size} px: the View popup's ${name} is off screen: ${JSON.stringify(controls[name])}`);
      await clickControl(page, 'font_bigger');  // the popup grows while open: still inside
      controls = await ui(page, 'controls');
      check(onScreen(controls.font_bigger, w, h), `${w}x${h}: after a bigger font the View popup's + is off screen: ${JSON.stringify(controls.font_bigger)}`);
      await screenshotAt(page, cdp, `17-big-font-${w}x${h}`, w, h);
      await page.keyboard.press('Escape');
      await frames(page, 3);
      await key(page, 'Control+Minus');
      check((await ui(page, 'settings')).fontSize === size, `${w}x${h}: Ctrl+- did not make the font one px smaller`);
      await key(page, 'Control+Digit0');
      check((await ui(page, 'settings')).fontSize === 13, `${w}x${h}: Ctrl+0 did not bring back the default font size`);
      await page.evaluate(() => localStorage.removeItem('loopscope.view'));
    });
  }
}

// Screenshot through the protocol at the emulated size (playwright's own would restore its viewport).
async function screenshotAt(page, cdp, stage, width, height) {
  const shot = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64');
  const file = path.join(opts.screenshots, `playground-${stage}.png`);
  writeFileSync(file, shot);
  const image = decodePng(shot);
  const colours = distinctColours(image);
  log(`screenshot ${file} (${image.width}x${image.height}, ${colours} colours)`);
  check(image.width === width && image.height === height, `${stage}: the screenshot is ${image.width}x${image.height}`);
  check(colours >= 8, `${stage}: the screenshot looks blank (${colours} colours)`);
  return image;
}

// Runs `fn(cdp)` with the page emulating a `width` x `height` screen (devicePixelRatio 1).
async function atSize(page, width, height, fn) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  try {
    await frames(page, 4);
    return await fn(cdp);
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride').catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

// Issue 17 asks for each of its items in the browser at 1440x900 and at 1024x640: runs `stage`
// at both sizes (the page's viewport, so that reloads and playwright's screenshots keep it), then
// goes back to the default 1280x720. Failures and screenshots name the size.
const ISSUE17_SIZES = [[1440, 900], [1024, 640]];
function atBothSizes(stage) {
  const run = async (page, url) => {
    try {
      for (const [w, h] of ISSUE17_SIZES) {
        await page.setViewportSize({ width: w, height: h });
        atScreen = `${w}x${h}`;
        const started = Date.now();
        await stage(page, url);
        log(`${stage.name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    } finally {
      atScreen = '';
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  };
  return run;
}

// Stage 18 (issue 17, for teachers): the Share popup's embed link and <iframe> snippet (mouse clicks,
// the clipboard), the embed view they open at 1440x900 and 1024x640 (keyboard and mouse: Run, Step,
// Continue, the pace), and "Open in Loopscope" back to the full playground with the same script.
async function embedView(page, url) {
  const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true, seed: 7 });
  await open(page, `${url}#${fragment}`);
  await clickControl(page, 'share');
  let dialog = await ui(page, 'shareDialog');
  check(dialog.link === `${url}#${fragment}`, `the Share popup's link: ${dialog.link.slice(0, 60)}`);
  check(dialog.embedLink === `${url}?embed&theme=dark&font=18#${fragment}`, `the embed link: ${dialog.embedLink.slice(0, 80)}`);
  await clickControl(page, 'share_embed_light');  // the embed's own look: the light theme
  dialog = await ui(page, 'shareDialog');
  const embedLink = dialog.embedLink;
  check(embedLink === `${url}?embed&theme=light&font=18#${fragment}`, `the light embed link: ${embedLink.slice(0, 80)}`);
  check(dialog.snippet.startsWith(`<iframe src="${url}?embed&amp;theme=light&amp;font=18#${fragment}"`) &&
        dialog.snippet.includes('allow="cross-origin-isolated; clipboard-write"') && dialog.snippet.endsWith('</iframe>'),
        `the <iframe> snippet: ${dialog.snippet.slice(0, 120)}`);
  await clickControl(page, 'share_copy_embed');
  check((await ui(page, 'clipboard')) === embedLink, '"Copy embed link" did not copy the embed link');
  await clickControl(page, 'share_copy_iframe');
  check((await ui(page, 'clipboard')) === dialog.snippet, '"Copy <iframe>" did not copy the snippet');
  await screenshot(page, '19-share-embed');
  await key(page, 'Escape');

  await open(page, embedLink);
  const settings = await ui(page, 'settings');
  check(settings.embed && settings.lightTheme && settings.fontSize === 18 && settings.seed === 7,
        `the embed link's view and settings: ${JSON.stringify(settings)}`);
  check((await ui(page, 'editor')).text === SCRIPT, 'the embed view does not hold the linked script');
  let controls = await ui(page, 'controls');
  for (const name of ['run', 'step', 'speed', 'open_full', 'editor', 'timeline'])
    check(controls[name], `the embed view has no ${name}`);
  for (const name of ['example_first', 'share', 'export', 'view', 'seed'])
    check(!controls[name], `the embed view shows the full view's ${name}`);
  check(await page.evaluate(() => loopscope.embed === true), 'the page shell did not see ?embed');

  for (const [w, h] of [[1440, 900], [1024, 640]]) {
    await atSize(page, w, h, async (cdp) => {
      controls = await ui(page, 'controls');
      for (const [name, c] of Object.entries(controls))
        check(c.x0 >= 0 && c.y0 >= 0 && c.x1 <= w + 0.5 && c.y1 <= h + 0.5, `embed ${w}x${h}: ${name} is off screen: ${JSON.stringify(c)}`);
      // F10 steps (the run pauses), the Step button steps again, Ctrl+Enter continues to the end.
      await page.mouse.click(controls.open_full.x0 - 20, (controls.run.y0 + controls.run.y1) / 2);
      await key(page, 'F10');
      await clickControl(page, 'step');
      const paused = await ui(page, 'run');
      check(paused.running && paused.paused, `embed ${w}x${h}: Step did not pause the run: ${JSON.stringify(paused)}`);
      await key(page, 'Control+Enter');
      await waitRunEnd(page, `the embed view's run at ${w}x${h}`);
      check((await ui(page, 'console')).includes(EXPECTED), `embed ${w}x${h}: the run printed something else`);
      const tl = await ui(page, 'timeline');
      const lanes = [];
      for (const t of ['Task-1', 'Task-2', 'Task-3']) {
        const p = await ui(page, 'taskPoint', t, 0.5);
        if (p && p.y > tl.lanesTop && p.y < controls.timeline.y1) lanes.push(t);
      }
      check(lanes.length === 3, `embed ${w}x${h}: task lanes on screen: ${JSON.stringify(lanes)}`);
      await page.mouse.move(w - 5, h - 5);  // no tooltip in the picture
      await frames(page, 3);
      await screenshotAt(page, cdp, `20-embed-${w}x${h}`, w, h);
    });
  }
  // The pace: the combo (a mouse click), slow motion (the list's second item).
  const speed = (await ui(page, 'controls')).speed;
  await clickAt(page, (speed.x0 + speed.x1) / 2, (speed.y0 + speed.y1) / 2);
  await clickAt(page, speed.x0 + 30, speed.y1 + 4 + (speed.y1 - speed.y0 - 3) * 1.5);
  const paced = await ui(page, 'settings');
  check(paced.speed === 0.25 && !paced.virtualTime, `the embed view's pace: ${JSON.stringify(paced)}`);

  // An edit, then "Open in Loopscope": a new tab with the full playground, the edited script, the pace.
  const ed = (await ui(page, 'controls')).editor;
  await clickAt(page, ed.x0 + 80, ed.y0 + 8);
  await key(page, 'Control+End');
  await page.keyboard.type('# from the slide\n', { delay: 20 });
  await frames(page, 3);
  const edited = (await ui(page, 'editor')).text;
  check(edited.endsWith('# from the slide\n'), 'typing did not reach the embed view\'s editor');
  check(await page.evaluate(() => location.hash.length > 4), 'an edit took the link out of the embed view\'s address');
  const full = (await ui(page, 'shareDialog')).fullUrl;
  check(full.startsWith(`${url}#v1.`) && !full.includes('embed'), `"Open in Loopscope" would open ${full.slice(0, 60)}`);
  const opening = page.context().waitForEvent('page', { timeout: 20000 });
  await clickControl(page, 'open_full');
  let tab = null;
  try {
    tab = await opening;
  } catch {
    fail('"Open in Loopscope" opened no tab');
  }
  if (tab) {
    await tab.waitForLoadState('load');
    check(tab.url() === full, `the new tab is at ${tab.url().slice(0, 60)}, not ${full.slice(0, 60)}`);
    await waitFor(tab, 'the full playground to render', () => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5 && loopscope.ui,
                  undefined, 90000);
    const s = await ui(tab, 'settings');
    check(!s.embed && s.speed === 0.25 && !s.virtualTime && s.seed === 7, `the full playground's settings: ${JSON.stringify(s)}`);
    check((await ui(tab, 'editor')).text === edited, 'the full playground does not hold the embed view\'s script');
    check((await ui(tab, 'controls')).example_first, 'the new tab is not the full playground (no gallery)');
    await tab.close();
  }
}

// A page of another origin framing the embed view: `isolated` serves it with COOP/COEP (the frame
// may be cross-origin isolated and run threads), else as a plain blog would (no threads).
async function startEmbedder() {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    const src = u.searchParams.get('src') || '';
    const isolated = u.pathname === '/isolated.html';
    const html = `<!doctype html><title>slides</title><body style="margin:0;background:#eee">
<h1 style="font:16px sans-serif;margin:8px">A slide</h1>
<iframe id="demo" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="960" height="540" style="border:0" allow="cross-origin-isolated; clipboard-write"></iframe></body>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(isolated ? {
      'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}) });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Stage 19 (issue 17, for teachers): the embed view inside an <iframe> of a page of another origin.
// An isolated page: the frame is isolated too and runs the threaded build; a plain page: the frame
// starts the build without threads at once (no service-worker reload) and says so.
async function embedFrames(page, url) {
  const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true });
  const embedder = await startEmbedder();
  try {
    for (const [kind, want] of [['isolated', 'threads'], ['plain', 'nothreads']]) {
      if (want === 'nothreads' && !existsSync(path.join(opts.dir, 'nothreads', 'index.js'))) {
        fail('the build without threads (dist/nothreads) is missing: build the web-nothreads preset');
        continue;
      }
      await page.goto('about:blank');
      await page.goto(`${embedder.url}${kind}.html?src=${encodeURIComponent(`${url}?embed&font=16#${fragment}`)}`);
      const frameHandle = await page.waitForSelector('#demo');
      const frame = await frameHandle.contentFrame();
      await waitFor(frame, `the framed embed view (${kind})`, () => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5 && loopscope.ui,
                    undefined, 90000);
      const mode = await frame.evaluate(() => ({ mode: loopscope.mode, reason: loopscope.threadsUnavailableReason,
                                                 isolated: globalThis.crossOriginIsolated, embed: loopscope.embed }));
      log(`framed in a ${kind} page: ${JSON.stringify(mode)}`);
      check(mode.mode === want && mode.embed, `framed in a ${kind} page the embed view runs ${JSON.stringify(mode)}`);
      if (want === 'nothreads')
        check(/embedded in a page that is not cross-origin isolated/.test(mode.reason), `no reason given: ${mode.reason}`);
      else
        check(mode.isolated, 'the frame of an isolated page is not isolated');
      check((await ui(frame, 'settings')).embed, `framed (${kind}): not the embed view`);
      // Real input inside the frame: a click on its toolbar, Ctrl+Enter.
      const box = await frameHandle.boundingBox();
      const fc = await ui(frame, 'controls');
      await page.mouse.click(box.x + fc.open_full.x0 - 20, box.y + (fc.run.y0 + fc.run.y1) / 2);  // an empty spot
      await frame.waitForTimeout(200);
      await page.keyboard.press('Control+Enter');
      await waitFor(frame, `the framed run (${kind}) to end`, () => loopscope.ui.run().events > 0 && !loopscope.ui.run().running,
                    undefined, 60000);
      check((await ui(frame, 'console')).includes(EXPECTED), `framed (${kind}): the run printed something else`);
      await screenshot(page, `21-embed-frame-${kind}`);
    }
  } finally {
    embedder.server.close();
  }
  await open(page, url);  // back to the app for the next stage
}

// Stage 20 (issue 17): a real-time run's share link keeps the scrub position from the run's start:
// opened in a new page (whose loop clock starts at another time) it lands on the same moment.
async function realTimeScrubLink(page, url) {
  await open(page, `${url}#${await ui(page, 'encodeLink', SCRIPT, { virtualTime: false })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the real-time run to end');
  const tl = await ui(page, 'timeline');
  await clickAt(page, tl.rulerMin[0] + (tl.origin + 1.5 - tl.start) / tl.secondsPerPixel, (tl.rulerMin[1] + tl.rulerMax[1]) / 2);
  const at = await ui(page, 'cursor');
  const relative = at.time - tl.origin;
  check(at.active && Math.abs(relative - 1.5) < 0.1, `the click on the ruler: ${JSON.stringify(at)}, origin ${tl.origin}`);
  await clickControl(page, 'share');
  await clickControl(page, 'share_position');
  const link = await page.evaluate(() => location.hash.slice(1));
  await key(page, 'Escape');
  await page.waitForTimeout(1500);  // the next page's loop clock starts at another time
  await open(page, `${url}#${link}`);
  await waitFor(page, 'the real-time link to scrub', () => loopscope.ui.cursor().active && !loopscope.ui.run().scrubPending, undefined, 60000);
  const c = await ui(page, 'cursor');
  const tl2 = await ui(page, 'timeline');
  log(`real-time link: shared at ${relative.toFixed(3)} s from the run's start; opened at ${(c.time - tl2.origin).toFixed(3)} s (origins ${tl.origin.toFixed(3)}, ${tl2.origin.toFixed(3)})`);
  check(Math.abs(c.time - tl2.origin - relative) < 0.15, `the link scrubbed to ${c.time - tl2.origin} s from the run's start, not ${relative}`);
  const shown = await ui(page, 'consoleShown');
  check(shown.past && /^A start\nB start\nA done at [\d.]+\n$/.test(shown.text), `the console at the link's moment: ${JSON.stringify(shown)}`);
  // Once the run is over the editor still marks where the tasks were at that moment (the run's end
  // used to clear them).
  await waitRunEnd(page, 'the linked real-time run to end');
  const markers = (await ui(page, 'editor')).markerLines;
  check(markers.includes(SLEEP_LINE) && markers.includes(GATHER_LINE), `the editor's markers at the link's moment: ${JSON.stringify(markers)}`);
  await screenshot(page, '22-realtime-scrub-link');
}

// Stage 21 (issue 17, 9): 1024x640 and 1440x900: lanes, inspector rows, gallery titles, dividers.
async function smallScreen(page, url) {
  const script = readFileSync(path.join(REPO, 'examples/python/gather.py'), 'utf8');
  for (const [w, h] of [[1440, 900], [1024, 640]]) {
    await atSize(page, w, h, async (cdp) => {
      await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
      await focusCanvas(page);
      await key(page, 'Control+Enter');
      await waitRunEnd(page, `the gather run at ${w}x${h}`);
      let controls = await ui(page, 'controls');
      const tl = await ui(page, 'timeline');
      const tasks = (await ui(page, 'inspector')).tasks.map((t) => t.name);
      let lanes = 0;
      for (const t of tasks) {
        const p = await ui(page, 'taskPoint', t, 0.1);
        if (p && p.y > tl.lanesTop && p.y < controls.timeline.y1 - 4) ++lanes;
      }
      let layout = await ui(page, 'layout');
      log(`${w}x${h}: ${lanes} of ${tasks.length} task lanes, ${layout.inspectorRows} inspector rows, ${layout.cutTitles} cut titles`);
      check(lanes >= Math.min(tasks.length, 6), `${w}x${h}: only ${lanes} task lanes on screen`);
      check(layout.inspectorRows >= 3, `${w}x${h}: only ${layout.inspectorRows} inspector rows on screen`);
      if (layout.cutTitles > 0) {
        // A cut title: its tooltip holds the whole title (the mouse rests on it).
        const c = controls.example_cut;
        if (check(c, `${w}x${h}: no rectangle for the cut title`)) {
          await page.mouse.move((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2);
          await frames(page, 4);
          await page.waitForTimeout(300);  // the tooltip's short delay
          await frames(page, 3);
          const tip = await ui(page, 'tooltip');
          check(tip.now - tip.frame <= 2 && tip.text.startsWith(layout.firstCutTitle + '\n'),
                `${w}x${h}: the cut title's tooltip: ${JSON.stringify(tip)} (title ${layout.firstCutTitle})`);
        }
      }
      // The dividers: under the mouse a divider lights up (more bright pixels in its strip), and a
      // drag moves it.
      const split = controls.split_console;
      const strip = async () => {
        const shot = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png',
          clip: { x: split.x0 + 40, y: split.y0, width: 200, height: split.y1 - split.y0, scale: 1 } })).data, 'base64');
        const { pixels, channels } = decodePng(shot);
        let sum = 0;
        for (let i = 0; i + channels <= pixels.length; i += channels) sum += pixels[i] + pixels[i + 1] + pixels[i + 2];
        return sum / (pixels.length / channels);  // mean brightness (r+g+b)
      };
      await page.mouse.move(w - 5, h - 5);
      await frames(page, 3);
      const rest = await strip();
      const midY = (split.y0 + split.y1) / 2;
      await page.mouse.move(split.x0 + 140, midY);
      await frames(page, 3);
      const hovered = await strip();
      log(`${w}x${h}: the editor's divider: brightness ${rest.toFixed(0)} at rest, ${hovered.toFixed(0)} under the mouse`);
      check(hovered > rest + 40, `${w}x${h}: the editor's divider does not light up under the mouse (${rest} -> ${hovered})`);
      const editorBefore = controls.editor;
      await page.mouse.down();
      await frames(page, 2);
      await page.mouse.move(split.x0 + 140, midY - 60, { steps: 4 });
      await frames(page, 3);
      await page.mouse.up();
      await frames(page, 3);
      controls = await ui(page, 'controls');
      check(Math.abs((editorBefore.y1 - controls.editor.y1) - 60) < 8,
            `${w}x${h}: dragging the divider 60 px up moved the editor's bottom ${editorBefore.y1 - controls.editor.y1} px`);
      // The gallery's divider dragged right: fewer titles cut.
      const g = controls.split_gallery;
      const cutBefore = (await ui(page, 'layout')).cutTitles;
      await page.mouse.move((g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2);
      await frames(page, 2);
      await page.mouse.down();
      await frames(page, 2);
      await page.mouse.move((g.x0 + g.x1) / 2 + 120, (g.y0 + g.y1) / 2, { steps: 4 });
      await frames(page, 3);
      await page.mouse.up();
      await frames(page, 3);
      layout = await ui(page, 'layout');
      check(cutBefore === 0 || layout.cutTitles < cutBefore, `${w}x${h}: a wider gallery cut as many titles (${cutBefore} -> ${layout.cutTitles})`);
      await screenshotAt(page, cdp, `23-layout-${w}x${h}`, w, h);
    });
  }
}

// Stage 22 (issue 17, 9): at 1024x640 and 1440x900 a task name wider than the inspector's task
// column ends in "..." and, under the mouse, shows whole (as a lane's name on the timeline); a usual
// one ("main() Task-1") fits the column whole.
async function inspectorTaskNames(page, url) {
  const script = `import asyncio


async def a_coroutine_with_a_rather_long_name():
    await asyncio.sleep(0.5)


async def main():
    await asyncio.create_task(a_coroutine_with_a_rather_long_name())


asyncio.run(main())
`;
  const whole = 'a_coroutine_with_a_rather_long_name() Task-2';
  await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the long-name run to end');
  // The mouse on a cell of the task column (task_N: the task of index N): what it shows then.
  const hover = async (control) => {
    const cell = (await ui(page, 'controls'))[control];
    if (!check(cell, `no task column cell ${control} on screen`)) return null;
    await page.mouse.move(cell.x0 + 10, (cell.y0 + cell.y1) / 2);
    await frames(page, 4);
    const hovered = (await ui(page, 'inspector')).hoveredTask;
    log(`the task column under the mouse: ${JSON.stringify(hovered)} (cell ${(cell.x1 - cell.x0).toFixed(0)} px wide)`);
    return hovered;
  };
  const main = await hover('task_0');
  check(main && main.name === 'main() Task-1' && main.shown === main.name, `main's name in the task column: ${JSON.stringify(main)}`);
  const long = await hover('task_1');  // Task-2
  if (!check(long && long.name === whole, `the long task name under the mouse: ${JSON.stringify(long)}`)) return;
  check(long.shown.endsWith('...') && whole.startsWith(long.shown.slice(0, -3)) && long.shown.length > 10,
        `the cut task name does not end in "...": ${JSON.stringify(long.shown)}`);
  await screenshot(page, '24-inspector-task-name');
}

// Stage 23 (issue 17, await tree): the Await tree is a tab of the inspector, as tall as the panel:
// opened with the mouse at 1024x640 and 1440x900 while scrubbed into a gather of 16 workers, it
// shows as many rows as the panel holds; a click on a task's line shows it in the editor.
async function awaitTreeTab(page, url) {
  const script = `import asyncio


async def worker(i):
    await asyncio.sleep(1 + i * 0.01)


async def main():
    await asyncio.gather(*[worker(i) for i in range(16)])


asyncio.run(main())
`;
  const { width: w, height: h } = page.viewportSize();
  await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the gather run to end');
  const tl = await ui(page, 'timeline');
  await clickAt(page, tl.rulerMin[0] + (tl.origin + 0.5 - tl.start) / tl.secondsPerPixel, (tl.rulerMin[1] + tl.rulerMax[1]) / 2);
  check((await ui(page, 'cursor')).active, 'the click on the ruler set no cursor');
  await clickControl(page, 'tab_awaits');
  const state = await ui(page, 'inspector');
  check(state.tab === 'awaits', `the Await tree tab did not open: ${state.tab}`);
  check(state.awaitTree.split('\n').filter((l) => /worker\(\) Task-\d+  awaits sleep/.test(l)).length === 16,
        `the await tree at 0.5 s: ${JSON.stringify(state.awaitTree)}`);
  const layout = await ui(page, 'layout');
  const controls = await ui(page, 'controls');
  const tab = controls.tab_awaits;
  // Rows of the tree that the panel below the tab holds (one text line each, ~17 px at 13 px).
  const room = Math.floor((h - tab.y1 - 12) / ((tab.y1 - tab.y0) - 2));
  log(`await tree: ${layout.awaitRowsShown} of ${layout.awaitRows} rows on screen, room for about ${room}`);
  check(layout.awaitRows >= 17, `the await tree has ${layout.awaitRows} rows, not main and 16 workers`);
  check(layout.awaitRowsShown >= Math.min(layout.awaitRows, room - 1) && layout.awaitRowsShown >= 6,
        `the await tree shows ${layout.awaitRowsShown} rows where the panel has room for ${room}`);
  // The divider above the inspector dragged 120 px up: the tree takes the room (7 more rows).
  const split = controls.split_timeline;
  if (check(split, 'no divider between the timeline and the inspector')) {
    await page.mouse.move(split.x0 + 140, (split.y0 + split.y1) / 2);
    await frames(page, 2);
    await page.mouse.down();
    await frames(page, 2);
    await page.mouse.move(split.x0 + 140, (split.y0 + split.y1) / 2 - 120, { steps: 4 });
    await frames(page, 3);
    await page.mouse.up();
    await frames(page, 3);
    const taller = await ui(page, 'layout');
    log(`await tree after the divider moved up 120 px: ${taller.awaitRowsShown} rows on screen`);
    check(taller.awaitRowsShown >= Math.min(layout.awaitRows, layout.awaitRowsShown + 6),
          `a taller inspector shows ${taller.awaitRowsShown} rows of the tree, not more than ${layout.awaitRowsShown}`);
  }
  // A worker's line button (main's is the first): the editor's caret goes to the sleep.
  const line = Object.entries(await ui(page, 'controls')).find(([name]) => /^await_line_([1-9]\d*)$/.test(name))?.[1];
  if (check(line, 'no line button of a worker on screen')) {
    await clickAt(page, (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2);
    check((await ui(page, 'editor')).caretLine === 5, `the tree's line button put the caret on line ${(await ui(page, 'editor')).caretLine}`);
  }
  await page.mouse.move(w - 5, h - 5);
  await frames(page, 3);
  await screenshot(page, '25-await-tree');
}

// The heights of the editor, the timeline and the console/inspector row, from the splitters between
// them (a window `height` pixels high).
async function panelHeights(page, height) {
  const c = await ui(page, 'controls');
  if (!check(c.split_console && c.split_timeline && c.editor, 'no splitters or editor on screen')) return {};
  return { editor: Math.round(c.split_console.y0 - c.editor.y0), timeline: Math.round(c.split_timeline.y0 - c.split_console.y1),
           bottom: Math.round(height - c.split_timeline.y1) };
}

// Stage 24 (issue 17): a resized window keeps the timeline's stretch of time: a fitted run stays
// whole (1440x900 -> 1024x640), a zoom made with the wheel on the ruler keeps its range (1024x640 ->
// 1440x900); and each panel keeps its share of the window's height both ways (at 1440x900 the
// console and the inspector get at least 250 px).
async function resizeKeepsRange(page, url) {
  const range = (tl) => [tl.start, tl.start + (tl.rulerMax[0] - tl.rulerMin[0]) * tl.secondsPerPixel];
  const same = (a, b, tl) => Math.abs(a[0] - b[0]) <= 2 * tl.secondsPerPixel && Math.abs(a[1] - b[1]) <= 2 * tl.secondsPerPixel;
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `${url}#${await ui(page, 'encodeLink', SCRIPT, { virtualTime: true })}`);
  await focusCanvas(page);
  await key(page, 'Control+Enter');
  await waitRunEnd(page, 'the run to end');
  let tl = await ui(page, 'timeline');
  const fitted = range(tl);
  check(fitted[0] <= tl.origin && fitted[1] >= tl.origin + 2, `the run is not fitted at 1440x900: ${JSON.stringify(fitted)}`);
  const big = await panelHeights(page, 900);
  log(`panels at 1440x900: ${JSON.stringify(big)}`);
  check(big.bottom >= 250, `the console and inspector get only ${big.bottom} px at 1440x900`);
  await page.setViewportSize({ width: 1024, height: 640 });
  await frames(page, 4);
  const small = await panelHeights(page, 640);
  log(`panels at 1024x640: ${JSON.stringify(small)}`);
  for (const panel of ['editor', 'timeline', 'bottom'])
    check(Math.abs(small[panel] / 640 - big[panel] / 900) < 0.03,
          `the ${panel} did not keep its share of the window: ${big[panel]} of 900 px -> ${small[panel]} of 640 px`);
  tl = await ui(page, 'timeline');
  log(`resize 1440x900 -> 1024x640, fitted: ${JSON.stringify(fitted)} -> ${JSON.stringify(range(tl))}`);
  check(tl.rulerMax[0] <= 1024, `the ruler is still as wide as at 1440 px: ${JSON.stringify(tl.rulerMax)}`);
  check(same(range(tl), fitted, tl), `the fitted run's range changed with the window: ${JSON.stringify(fitted)} -> ${JSON.stringify(range(tl))}`);
  checkRulerLabels(tl, 'fitted, resized to 1024x640');
  await screenshot(page, '26-resized-fitted-1024x640');

  // Zoom in with the wheel over the ruler, around 1 s.
  const y = (tl.rulerMin[1] + tl.rulerMax[1]) / 2;
  await page.mouse.move(tl.rulerMin[0] + (tl.origin + 1 - tl.start) / tl.secondsPerPixel, y);
  await frames(page, 2);
  for (let i = 0; i < 3; ++i) {
    await page.mouse.wheel(0, -100);
    await frames(page, 2);
  }
  tl = await ui(page, 'timeline');
  const zoomed = range(tl);
  check(zoomed[1] - zoomed[0] < (fitted[1] - fitted[0]) * 0.7, `the wheel did not zoom in: ${JSON.stringify(fitted)} -> ${JSON.stringify(zoomed)}`);
  await page.mouse.move(5, 5);
  await page.setViewportSize({ width: 1440, height: 900 });
  await frames(page, 4);
  tl = await ui(page, 'timeline');
  log(`resize 1024x640 -> 1440x900, zoomed in: ${JSON.stringify(zoomed)} -> ${JSON.stringify(range(tl))}`);
  check(tl.rulerMax[0] > 1100, `the ruler did not grow with the window: ${JSON.stringify(tl.rulerMax)}`);
  check(same(range(tl), zoomed, tl), `the zoomed range changed with the window: ${JSON.stringify(zoomed)} -> ${JSON.stringify(range(tl))}`);
  const grown = await panelHeights(page, 900);
  log(`panels back at 1440x900: ${JSON.stringify(grown)}`);
  for (const panel of ['editor', 'timeline', 'bottom'])
    check(Math.abs(grown[panel] - big[panel]) <= 0.03 * 900,
          `the ${panel} did not grow back with the window: ${big[panel]} -> ${small[panel]} -> ${grown[panel]} px`);
  await screenshot(page, '26-resized-zoomed-1440x900');
  await page.setViewportSize({ width: 1280, height: 720 });
}

// Stage 18 (issue 18): the inspector's "why" tabs on examples/python/why_it_waits.py (a Lock, a
// Queue, a wait_for timeout, an explicit cancel and a blocking time.sleep), opened with the mouse at
// 1440x900 and at 1024x640; their content read through loopscope.ui.inspector().
async function whyViews(page, url) {
  const script = readFileSync(path.join(REPO, 'examples/python/why_it_waits.py'), 'utf8');
  const lines = script.split('\n');
  const sleepLine = lines.findIndex((l) => l.includes('time.sleep(0.2)')) + 1;
  const inspector = () => ui(page, 'inspector');
  for (const [w, h] of [[1440, 900], [1024, 640]]) {
    await page.setViewportSize({ width: w, height: h });
    await open(page, `${url}#${await ui(page, 'encodeLink', script, { virtualTime: true })}`);
    await focusCanvas(page);
    await key(page, 'Control+Enter');
    await waitRunEnd(page, 'the why_it_waits run to end');
    const size = `${w}x${h}`;
    const controls = await ui(page, 'controls');
    for (const tab of ['tab_state', 'tab_warnings', 'tab_time', 'tab_resources']) {
      const c = controls[tab];
      check(c && c.x0 >= 0 && c.y0 >= 0 && c.x1 <= w && c.y1 <= h, `${size}: the ${tab} tab is not on screen: ${JSON.stringify(c)}`);
    }

    // Warnings: the blocking call, with its line, what happened and the fix; a click moves the caret
    // to the line and the timeline's cursor to when it happened.
    await clickControl(page, 'tab_warnings');
    let s = await inspector();
    check(s.tab === 'warnings', `${size}: the Warnings tab did not open: ${s.tab}`);
    const blocking = s.warnings.find((x) => x.kind === 'blocking-call');
    if (check(blocking, `${size}: no blocking-call warning: ${JSON.stringify(s.warnings)}`)) {
      check(blocking.line === sleepLine, `${size}: the blocking call is reported at line ${blocking.line}, not ${sleepLine}`);
      check(blocking.message.includes('time.sleep()') && blocking.fix.includes('asyncio.sleep'),
            `${size}: the warning's sentences: ${JSON.stringify(blocking)}`);
      check(blocking.happened, `${size}: at the end of the run the warning has not happened yet`);
    }
    check(s.warnings.every((x) => x.kind !== 'never-awaited' && x.kind !== 'deadlock'), `${size}: unexpected warnings: ${JSON.stringify(s.warnings)}`);
    await screenshot(page, `18-why-warnings-${size}`);
    const first = s.warnings.findIndex((x) => x.kind === 'blocking-call');
    if (first >= 0) {
      await clickControl(page, `warning_${first}`);
      const cursor = await ui(page, 'cursor');
      check(cursor.active && cursor.events === s.warnings[first].event + 1,
            `${size}: clicking the warning put the cursor at ${JSON.stringify(cursor)}, not after event ${s.warnings[first].event}`);
      check((await ui(page, 'editor')).caretLine === sleepLine, `${size}: clicking the warning did not show line ${sleepLine}`);
      // Scrubbed before it: the warning is still listed, as not happened yet.
      await ui(page, 'scrubTo', (await ui(page, 'timeline')).origin + 0.5);
      await frames(page, 3);
      s = await inspector();
      check(s.warnings.length > 0 && s.warnings.every((x) => !x.happened), `${size}: at 0.5 s a warning has happened: ${JSON.stringify(s.warnings)}`);
    }

    // Resources at 0.5 s: w0 holds the Lock, w1 and w2 wait in order; the consumer waits on the
    // empty Queue. Selecting the Lock highlights its three tasks.
    await clickControl(page, 'tab_resources');
    s = await inspector();
    check(s.tab === 'resources', `${size}: the Resources tab did not open: ${s.tab}`);
    const lockIndex = s.resources.findIndex((r) => r.kind === 'Lock');
    const lock = s.resources[lockIndex];
    const queue = s.resources.find((r) => r.kind === 'Queue');
    if (check(lock, `${size}: no Lock at 0.5 s: ${JSON.stringify(s.resources)}`)) {
      check(JSON.stringify(lock.holders) === '["w0"]', `${size}: the Lock's holders: ${JSON.stringify(lock.holders)}`);
      check(JSON.stringify(lock.waiters.map((x) => x.task)) === '["w1","w2"]' && lock.waiters.every((x) => x.awaits === 'Lock.acquire'),
            `${size}: the Lock's waiters: ${JSON.stringify(lock.waiters)}`);
      await clickControl(page, `resource_${lockIndex}`);
      s = await inspector();
      check(JSON.stringify([...s.highlighted].sort()) === '["w0","w1","w2"]', `${size}: selecting the Lock highlights ${JSON.stringify(s.highlighted)}`);
    }
    if (check(queue, `${size}: no Queue at 0.5 s`)) {
      check(queue.count === 0 && JSON.stringify(queue.waiters.map((x) => x.task)) === '["consumer"]',
            `${size}: the Queue at 0.5 s: ${JSON.stringify(queue)}`);
    }
    await screenshot(page, `18-why-resources-${size}`);

    // Time per task at the end: w2 waited 2 s for the lock and 1 s on its timer; the consumer 3.7 s
    // on the queue; the loop was blocked 0.2 s and the ticker's timer ran 0.1 s late.
    await ui(page, 'scrubTo', (await ui(page, 'timeline')).origin + 3.8);
    await frames(page, 3);
    await clickControl(page, 'tab_time');
    s = await inspector();
    check(s.tab === 'time', `${size}: the Time tab did not open: ${s.tab}`);
    const near = (a, b) => Math.abs(a - b) < 1e-6;
    const w2 = s.taskTimes.tasks.find((t) => t.name === 'w2');
    const consumer = s.taskTimes.tasks.find((t) => t.name === 'consumer');
    check(w2 && near(w2.waiting.lock, 2) && near(w2.waiting.timer, 1) && w2.steps === 3, `${size}: w2's times: ${JSON.stringify(w2)}`);
    check(consumer && near(consumer.waiting.queue, 3.7), `${size}: the consumer's times: ${JSON.stringify(consumer)}`);
    check(near(s.taskTimes.loop.blocked, 0.2) && near(s.taskTimes.loop.lagMax, 0.1), `${size}: the loop: ${JSON.stringify(s.taskTimes.loop)}`);
    await screenshot(page, `18-why-time-${size}`);

    // Chains: a click on the consumer's name in the State tab: created by Task-1, cancelled by it.
    await clickControl(page, 'tab_state');
    const consumerIndex = s.tasks.findIndex((t) => t.name === 'consumer');
    // Its row may lie below the panel's fold: the mouse wheel over the inspector brings it up.
    const stateTab = (await ui(page, 'controls')).tab_state;
    for (let i = 0; i < 12 && stateTab && !(await ui(page, 'controls'))[`task_${consumerIndex}`]; ++i) {
      await page.mouse.move(stateTab.x0 + 40, Math.min(h - 8, stateTab.y1 + 60));
      await page.mouse.wheel(0, 40);
      await frames(page, 3);
    }
    await clickControl(page, `task_${consumerIndex}`);
    s = await inspector();
    check(s.selectedTask && JSON.stringify(s.selectedTask.created) === '["consumer","Task-1"]',
          `${size}: the consumer's creation chain: ${JSON.stringify(s.selectedTask)}`);
    check(s.selectedTask && s.selectedTask.cancelled.startsWith('consumer cancelled by Task-1 via cancel()'),
          `${size}: the consumer's cancellation: ${JSON.stringify(s.selectedTask)}`);
    await screenshot(page, `18-why-chains-${size}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`playground: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  mkdirSync(opts.screenshots, { recursive: true });
  const { chromium } = loadPlaywright(opts.nodeModules, 'playground');
  const served = await startServer({ dir: opts.dir, port: 0 });
  const url = served.url;
  log(`serving ${opts.dir} at ${url}`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium,
      headless: true,
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (err) => fail(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') fail(`console error: ${msg.text()}`);
    });
    const started = Date.now();
    await open(page, url);  // a first load, for the codec
    // LOOPSCOPE_PLAYGROUND_ONLY=gallery,realtime,...: only those of the later stages (debugging).
    const only = process.env.LOOPSCOPE_PLAYGROUND_ONLY;
    if (only) {
      const stages = { gallery: atBothSizes(galleryKeepsEdits), realtime: atBothSizes(realTimeAxis), scrub: atBothSizes(scrubConsole),
                       directive: atBothSizes(realtimeDirective), late: atBothSizes(lateWake), lanes: lanesAndEnds,
                       syntax: atBothSizes(syntaxError), slow: atBothSizes(slowMotion), hidpi: smallHiDpi,
                       keys: atBothSizes(keyboard), view: viewSettings, why: whyViews, embed: embedView,
                       frames: embedFrames, rtlink: atBothSizes(realTimeScrubLink), small: smallScreen, longstep: longStep,
                       names: atBothSizes(inspectorTaskNames), awaits: atBothSizes(awaitTreeTab), resize: resizeKeepsRange };
      for (const name of only.split(',')) await stages[name](page, url);
    } else if (!opts.perfOnly) {
      await linkAndRun(page, url);
      const stepped = await stepping(page);
      const shared = await scrubbing(page);
      await scrubLinks(page, url, stepped, shared);
      await autosaveAndBrokenLink(page, url);
      await atBothSizes(galleryKeepsEdits)(page, url);
      await atBothSizes(realTimeAxis)(page, url);
      await atBothSizes(scrubConsole)(page, url);
      await atBothSizes(realtimeDirective)(page, url);
      await atBothSizes(lateWake)(page, url);
      await lanesAndEnds(page, url);
      await atBothSizes(syntaxError)(page, url);
      await atBothSizes(slowMotion)(page, url);
      await atBothSizes(keyboard)(page, url);
      await viewSettings(page, url);
      await whyViews(page, url);
      await embedView(page, url);
      await embedFrames(page, url);
      await atBothSizes(realTimeScrubLink)(page, url);
      await smallScreen(page, url);
      await atBothSizes(inspectorTaskNames)(page, url);
      await atBothSizes(awaitTreeTab)(page, url);
      await resizeKeepsRange(page, url);
      await smallHiDpi(page, url);
      await longStep(page, url);
    }
    if (opts.perf) await frameTimes(page, url);
    log(`stages took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    served.server.close();
  }
}

await finish(main);
