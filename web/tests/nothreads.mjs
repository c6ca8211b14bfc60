#!/usr/bin/env node
// Browser test of the page's no-threads fallback.
//
//   node web/tests/nothreads.mjs [--dir build/web/dist] [--screenshot build/web-nothreads/screenshots/nothreads.png]
//                                [--node-modules /var/cache/loopscope/node/node_modules]
//
// Serves the bundle (the threaded build's index.html plus the web-nothreads preset's nothreads/) with
// web/serve.mjs WITHOUT the COOP/COEP headers, in a Chromium context that blocks service workers, so
// the page cannot become cross-origin isolated. Checks that it loads the build without threads
// instead of stopping: a visible, dismissible notice says so, window.loopscope reports
// threads === false, the app renders frames, asyncio.to_thread / run_in_executor / concurrent.futures
// print what CPython 3.11 prints (their jobs ran on the loop thread: one worker lane in the trace),
// and threading.Thread(...).start() raises a RuntimeError that says why. Exits non-zero on failure.
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, decodePng, distinctColours, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('nothreads', {
  screenshot: path.join(REPO, 'build/web-nothreads/screenshots/nothreads.png'),
});

const { fail, check, finish } = verdicts('nothreads');

// Executor jobs of every kind; the expected output is CPython 3.11.7's for the same script.
const EXECUTORS_SCRIPT = `import asyncio
import concurrent.futures


def blocking(n):
    return sum(range(n))


def fail():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    print("to_thread:", await asyncio.to_thread(blocking, 10))
    print("run_in_executor:", await loop.run_in_executor(None, blocking, 100))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in (3, 4, 5)))
        print("pool:", results)
    try:
        await asyncio.to_thread(fail)
    except ValueError as e:
        print("error:", e)
    print("gather:", await asyncio.gather(asyncio.to_thread(blocking, 6), asyncio.sleep(0.01, "slept")))


asyncio.run(main())
with concurrent.futures.ThreadPoolExecutor() as ex:
    print("submit:", ex.submit(blocking, 7).result(), list(ex.map(blocking, [1, 2, 3])))
    done, _ = concurrent.futures.wait([ex.submit(blocking, 8)])
    print("wait:", [f.result() for f in done])
`;
const EXECUTORS_EXPECTED = `to_thread: 45
run_in_executor: 4950
pool: [3, 6, 10]
error: boom
gather: [15, 'slept']
submit: 21 [0, 1, 3]
wait: [28]
`;

const THREAD_SCRIPT = `import threading

t = threading.Thread(target=print, args=("never",))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print("alive:", t.is_alive())
`;

async function main() {
  for (const f of ['index.html', 'nothreads/index.js', 'nothreads/index.wasm']) {
    if (!existsSync(path.join(opts.dir, f))) {
      console.error(`nothreads: ${path.join(opts.dir, f)} not found: build the web and web-nothreads presets first`);
      process.exit(1);
    }
  }
  const { chromium } = loadPlaywright(opts.nodeModules, 'nothreads');
  const plain = await startServer({ dir: opts.dir, port: 0, isolation: false });
  console.log(`nothreads: serving ${opts.dir} at ${plain.url} (no COOP/COEP headers, service workers blocked)`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium,
      headless: true,
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    const requested = [];
    page.on('pageerror', (err) => fail(`page error: ${err.message}`));
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error') fail(`console error: ${text}`);
      else if (!text.includes('GPU stall due to ReadPixels')) console.log(`nothreads: console.${msg.type()}: ${text}`);
    });
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    page.on('requestfailed', (req) => fail(`request failed: ${req.url()} ${req.failure()?.errorText || ''}`));
    page.on('response', (res) => { if (res.status() >= 400) fail(`HTTP ${res.status()} for ${res.url()}`); });

    await page.goto(plain.url, { waitUntil: 'load', timeout: 60000 });
    try {
      await page.waitForFunction(() => globalThis.loopscope && globalThis.loopscope.ready && globalThis.loopscope.frames >= 10,
        null, { timeout: 90000, polling: 100 });
    } catch {
      fail('the fallback app did not render 10 frames within 90 s');
    }

    const state = await page.evaluate(() => ({
      isolated: globalThis.crossOriginIsolated === true,
      sharedArrayBuffer: typeof SharedArrayBuffer !== 'undefined',
      threads: globalThis.loopscope && globalThis.loopscope.threads,
      mode: globalThis.loopscope && globalThis.loopscope.mode,
      reason: globalThis.loopscope && globalThis.loopscope.threadsUnavailableReason,
    }));
    console.log(`nothreads: page state ${JSON.stringify(state)}`);
    check(!state.isolated, 'the page is cross-origin isolated: this test needs it not to be');
    check(state.threads === false && state.mode === 'nothreads', `window.loopscope does not report the no-threads mode: ${JSON.stringify(state)}`);
    check(typeof state.reason === 'string' && state.reason.includes('cross-origin isolated'), `no reason given: ${state.reason}`);
    check(requested.includes('/nothreads/index.js') && requested.includes('/nothreads/index.wasm'),
      `the no-threads build was not loaded (requests: ${requested.join(' ')})`);
    check(!requested.includes('/index.js'), 'the threaded build was loaded too');

    // The notice: visible over the canvas, says what happens, dismissible.
    const notice = await page.evaluate(() => {
      const n = document.getElementById('threads-notice');
      if (!n) return null;
      const r = n.getBoundingClientRect();
      return { visible: getComputedStyle(n).display !== 'none' && r.width > 100 && r.height > 10, text: n.textContent };
    });
    console.log(`nothreads: notice ${JSON.stringify(notice)}`);
    check(notice && notice.visible, 'the threads notice is not visible');
    check(notice && /Threads are unavailable/.test(notice.text) && /loop thread/.test(notice.text) && /COOP\/COEP/.test(notice.text),
      `the notice does not say what happens: ${notice && notice.text}`);
    const status = await page.evaluate(() => {
      const s = document.getElementById('status');
      return s && getComputedStyle(s).display !== 'none' ? s.textContent : '';
    });
    check(!status, `the page shows a status message: ${status}`);
    if (opts.screenshot) {
      mkdirSync(path.dirname(opts.screenshot), { recursive: true });
      const png = await page.screenshot({ path: opts.screenshot });
      const image = decodePng(png);
      const colours = distinctColours(image);
      console.log(`nothreads: screenshot ${opts.screenshot} (${image.width}x${image.height}, ${colours} colours)`);
      check(colours >= 8, `the screenshot looks blank (${colours} colours)`);
    }

    // Executor jobs run on the loop thread and print what CPython prints.
    const run = await page.evaluate((code) => loopscope.runScript(code, {}), EXECUTORS_SCRIPT);
    console.log(`nothreads: executors script ${JSON.stringify(run)}`);
    check(run.ok && run.stdout === EXECUTORS_EXPECTED && run.stderr === '',
      `executor script output differs from CPython's:\n${run.stdout}${run.stderr}\nexpected:\n${EXECUTORS_EXPECTED}`);
    const virt = await page.evaluate((code) => loopscope.runScript(code, { virtualTime: true, seed: 1 }), EXECUTORS_SCRIPT);
    check(virt.ok && virt.stdout === EXECUTORS_EXPECTED, `the same under virtual time: ${JSON.stringify(virt)}`);

    // The trace: the jobs of the last run are on worker 0 lanes only (the loop thread).
    const lanes = await page.evaluate(() => {
      const t = JSON.parse(loopscope.trace());
      const events = Array.isArray(t) ? t : t.traceEvents || [];
      return events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /^worker \d/.test(e.args && e.args.name))
        .map((e) => e.args.name);
    });
    console.log(`nothreads: trace worker lanes ${JSON.stringify(lanes)}`);
    check(lanes.length >= 1 && lanes.every((n) => /^worker 0 \(executor [0-9]+\)$/.test(n)), `executor lanes are not all worker 0: ${JSON.stringify(lanes)}`);

    // threading.Thread cannot start, and says why.
    const thr = await page.evaluate((code) => loopscope.runScript(code, {}), THREAD_SCRIPT);
    console.log(`nothreads: thread script ${JSON.stringify(thr)}`);
    check(thr.ok && /^RuntimeError: can't start new thread: threads are unavailable in this page \(it is not cross-origin isolated/.test(thr.stdout)
      && thr.stdout.endsWith('alive: False\n') && !thr.stdout.includes('never'),
      `Thread.start() did not raise the clear RuntimeError: ${JSON.stringify(thr)}`);

    // Dismissing the notice hides it.
    await page.click('#threads-notice button');
    const hidden = await page.evaluate(() => getComputedStyle(document.getElementById('threads-notice')).display === 'none');
    check(hidden, 'the notice did not go away when dismissed');
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    plain.server.close();
  }
}

await finish(main);
