#!/usr/bin/env node
// Browser end-to-end test of the web playground.
//
//   node web/tests/e2e.mjs [--dir build/web/dist] [--screenshot build/web/screenshots/e2e.png]
//                          [--node-modules /var/cache/loopscope/node/node_modules] [--frames 30]
//
// Serves the bundle with web/serve.mjs on a free loopback port, opens it in Debian's headless
// Chromium through playwright-core, and checks that: the page is cross-origin isolated, the ImGui app
// renders frames (window.loopscope.frames, published by the app), there is no page error and no
// console error, and the screenshot it saves is not blank. Then it serves the bundle again without
// the isolation headers and checks that the service worker (web/coi-serviceworker.js) makes the page
// isolated and the app runs. On the first page it also runs scripts through window.loopscope
// (output, errors, stop, and frames rendered while a script sleeps in real time). Exits non-zero on
// any failure.
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, decodePng, distinctColours, loadPlaywright as loadPlaywrightFrom } from './browser_util.mjs';

const opts = browserTestOptions('e2e', {
  screenshot: path.join(REPO, 'build/web/screenshots/e2e.png'),
  frames: 30,
});

const { fail, finish } = verdicts('e2e');

const loadPlaywright = () => loadPlaywrightFrom(opts.nodeModules, 'e2e');

// Scripts run through window.loopscope.runScript: their output, errors, stop(), and that the page
// keeps rendering while a script waits for seconds of real time (the loop never blocks the page).
async function checkAutomation(page, label) {
  const check = (cond, msg) => { if (!cond) fail(`${label}: ${msg}`); };

  const gather = await page.evaluate(() => loopscope.runScript(`
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.1f} {name} done")
    return name

async def main():
    print(await asyncio.gather(worker("slow", 2), worker("fast", 1)))

asyncio.run(main())
print("after run")
`, { virtualTime: true }));
  console.log(`e2e: ${label}: virtual-time run -> ${JSON.stringify(gather)}`);
  check(gather.ok === true, 'virtual-time script did not end ok');
  check(gather.stdout === "1.0 fast done\n2.0 slow done\n['slow', 'fast']\nafter run\n",
        `virtual-time output differs: ${JSON.stringify(gather.stdout)}`);

  const seeded = await page.evaluate(() => loopscope.runScript(
    'import random\nprint([random.randint(1, 100) for _ in range(5)])\n', { virtualTime: true, seed: 42 }));
  check(seeded.stdout === '[82, 15, 4, 95, 36]\n', `seeded random differs from CPython: ${JSON.stringify(seeded.stdout)}`);

  const failing = await page.evaluate(() => loopscope.runScript(
    'import asyncio\nasync def main():\n    raise ValueError("boom")\nasyncio.run(main())\n', { virtualTime: true }));
  check(failing.ok === false && failing.error === 'ValueError', `a failing script should report ValueError: ${JSON.stringify(failing)}`);
  check(/Traceback \(most recent call last\):[\s\S]*line 3, in main[\s\S]*ValueError: boom/.test(failing.stderr),
        `traceback missing: ${JSON.stringify(failing.stderr)}`);

  // Real time: the script sleeps 2 s in total; the page must keep rendering frames meanwhile.
  const realtime = await page.evaluate(async () => {
    const frames0 = loopscope.frames;
    const t0 = performance.now();
    const run = loopscope.runScript(`
import asyncio, time
async def tick(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        print("tick", i)
async def main():
    print("start")
    await asyncio.gather(tick(4), tick(2))
asyncio.run(main())
`, {});
    // The first ticks are due at 0.5 s; software rendering (SwiftShader) makes frames slow, so poll
    // until a snapshot shows both tick tasks back in their sleep (one taken while the loop is in the
    // middle of waking them would show one of them ready: on a loaded machine polls land anywhere).
    let midway = null;
    const bothAsleep = (tasks) => tasks.filter((t) => t.parent === 'Task-1' && t.state === 'waiting').length === 2;
    for (let i = 0; i < 100 && !(midway && bothAsleep(midway.tasks)); i++) {
      await new Promise((r) => setTimeout(r, 50));
      const stdout = loopscope.output().stdout;
      if (stdout.includes('tick 0\ntick 0\n') && loopscope.running())
        midway = { running: true, stdout, tasks: loopscope.tasks() };
    }
    midway = midway || { running: loopscope.running(), stdout: loopscope.output().stdout, tasks: loopscope.tasks() };
    const result = await run;
    return { result, midway, frames: loopscope.frames - frames0, ms: performance.now() - t0, stats: loopscope.hostStats() };
  });
  console.log(`e2e: ${label}: real-time run: ${realtime.ms.toFixed(0)} ms, ${realtime.frames} frames rendered meanwhile, host ${JSON.stringify(realtime.stats)}`);
  check(realtime.result.ok === true, `real-time script failed: ${JSON.stringify(realtime.result)}`);
  check(realtime.result.stdout === 'start\ntick 0\ntick 0\ntick 1\ntick 1\ntick 2\ntick 3\n',
        `real-time output differs: ${JSON.stringify(realtime.result.stdout)}`);
  check(realtime.ms >= 1900, `a 2 s script finished after ${realtime.ms} ms`);
  check(realtime.midway.running && realtime.midway.stdout.startsWith('start\ntick 0\n'),
        `output did not appear while the script ran: ${JSON.stringify(realtime.midway)}`);
  // A blocked page would render no frame at all; headless Chromium renders in software, slowly.
  check(realtime.frames >= 10, `the page rendered only ${realtime.frames} frames during a 2 s script`);
  // Slices are ~6 ms of work; a loaded machine can stretch one's wall time, but a loop that blocked
  // the page for the script's sleeps would show seconds.
  check(realtime.stats.longestSliceMs < 250, `a loop slice took ${realtime.stats.longestSliceMs} ms`);
  // Mid-run, the two tick tasks wait in asyncio.sleep at line 5 of the script; main awaits gather.
  const ticks = realtime.midway.tasks.filter((t) => t.parent === 'Task-1' && t.state === 'waiting');
  check(ticks.length === 2 && ticks.every((t) => t.awaiting === 'sleep' && t.line === 5 && t.file === 'script.py'),
        `tasks() mid-run: ${JSON.stringify(realtime.midway.tasks)}`);
  const trace = await page.evaluate(() => loopscope.trace());
  let events = [];
  try { events = JSON.parse(trace).traceEvents || []; } catch (err) { fail(`${label}: trace() is not JSON: ${err}`); }
  const tracks = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args && e.args.name));
  check(events.length > 20 && [...tracks].some((n) => /Task-2/.test(n)),
        `trace() lacks task tracks (${events.length} events, tracks ${JSON.stringify([...tracks])})`);

  // Executor jobs on Web Workers: Python callables run on the pre-started pthreads, each worker a
  // lane of its own in the trace. The jobs meet at a barrier, so the three must run at once on three
  // workers (a sleep instead would let a worker that starts late be beaten by a finished one).
  const threaded = await page.evaluate(() => loopscope.runScript(`
import asyncio, threading, time
barrier = threading.Barrier(3)
def work(i):
    barrier.wait(timeout=30)
    return i * i, threading.current_thread().name, threading.current_thread() is threading.main_thread()
async def main():
    results = await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(3)))
    print([r for r, _, _ in results], len({n for _, n, _ in results}), any(m for _, _, m in results))
asyncio.run(main())
`, {}));
  check(threaded.ok && threaded.stdout === '[0, 1, 4] 3 False\n',
        `to_thread on workers: ${JSON.stringify(threaded)}`);
  const threadTrace = JSON.parse(await page.evaluate(() => loopscope.trace())).traceEvents || [];
  const workerLanes = new Set(threadTrace.filter((e) => e.ph === 'M' && e.name === 'thread_name' &&
                                                  /^worker \d/.test(e.args && e.args.name)).map((e) => e.tid));
  const workerSlices = threadTrace.filter((e) => workerLanes.has(e.tid) && (e.ph === 'X' || e.ph === 'B'));
  check(workerLanes.size >= 3 && new Set(workerSlices.map((e) => e.tid)).size >= 3,
        `trace() lacks three worker lanes with jobs (lanes ${[...workerLanes]}, ${workerSlices.length} job slices)`);

  // fetch: the page's own files through the browser's fetch(); other origins are refused.
  const fetched = await page.evaluate(() => loopscope.runScript(`
import asyncio, loopscope
async def main():
    r = await loopscope.fetch('index.html')
    text = await r.text()
    print(r.status, r.ok, '<canvas' in text, r.headers.get('content-type'))
    try:
        await loopscope.fetch('https://example.com/')
    except OSError as e:
        print('OSError', 'same-origin' in str(e))
asyncio.run(main())
`, {}));
  check(fetched.ok && fetched.stdout === '200 True True text/html; charset=utf-8\nOSError True\n',
        `loopscope.fetch in the page: ${JSON.stringify(fetched)}`);

  // A busy fast-forward run (10k tasks, virtual time, no long callback: tasks are created 50 at a
  // time) shares the main thread with the frames: the page keeps rendering, and when a frame costs
  // more than the base slice (headless Chromium renders in software: 60-170 ms a frame) the next
  // slice gets about as long, so the loop keeps a fair share of the thread. The old host gave it
  // one 6 ms slice per slow frame (plus at most one callback's overrun): under 10 ms of loop time
  // per frame. (web/tests/page_speed.mjs prints the timings.)
  const busy = await page.evaluate(async () => {
    const frames0 = loopscope.frames;
    const stats0 = loopscope.hostStats();
    const t0 = performance.now();
    const result = await loopscope.runScript(`
import asyncio
async def job(i):
    await asyncio.sleep((i % 50) * 0.01)
    await asyncio.sleep(0)
    return i
async def main():
    tasks = []
    for start in range(0, 10000, 50):
        tasks += [asyncio.create_task(job(i)) for i in range(start, start + 50)]
        await asyncio.sleep(0)
    total = 0
    for t in tasks:
        total += await t
    print("done", len(tasks), total)
asyncio.run(main())
`, { virtualTime: true });
    const ms = performance.now() - t0;
    const stats = loopscope.hostStats();
    return { result, ms, frames: loopscope.frames - frames0, slices: stats.slices - stats0.slices,
             stretched: stats.stretched - stats0.stretched, busyMs: stats.busyMs - stats0.busyMs };
  });
  const perFrame = busy.busyMs / Math.max(1, busy.frames);
  console.log(`e2e: ${label}: 10k-task fast-forward: ${busy.ms.toFixed(0)} ms, ${busy.frames} frames, ${busy.slices} slices ` +
              `(${busy.stretched} stretched), loop time ${busy.busyMs.toFixed(0)} ms (${perFrame.toFixed(1)} ms per frame)`);
  check(busy.result.ok && busy.result.stdout === 'done 10000 49995000\n', `10k-task run: ${JSON.stringify(busy.result).slice(0, 300)}`);
  check(busy.frames >= 2, `the page rendered ${busy.frames} frames during a ${busy.ms.toFixed(0)} ms fast-forward run`);
  // Frames slower than 40 ms apart: the page's own work between slices was over 20 ms each time.
  if (busy.ms / Math.max(1, busy.frames) >= 40) {
    check(perFrame >= 20, `slow frames, yet the loop ran only ${perFrame.toFixed(1)} ms per frame`);
    check(busy.stretched >= Math.floor(busy.frames / 2),
          `slow frames but only ${busy.stretched} stretched slices for ${busy.frames} frames`);
  }

  const stopped = await page.evaluate(async () => {
    const run = loopscope.runScript(`
import asyncio
async def main():
    while True:
        await asyncio.sleep(0.01)
asyncio.run(main())
`, {});
    await new Promise((r) => setTimeout(r, 300));
    const wasRunning = loopscope.running();
    loopscope.stop();
    const result = await run;
    return { wasRunning, result, runningAfter: loopscope.running() };
  });
  check(stopped.wasRunning && !stopped.runningAfter && stopped.result.ok === false,
        `stop() did not stop the run: ${JSON.stringify(stopped)}`);
  const after = await page.evaluate(() => loopscope.runScript('print("still usable")\n', {}));
  check(after.ok && after.stdout === 'still usable\n', `the engine is not usable after stop(): ${JSON.stringify(after)}`);
}

// Opens the page in a fresh headless Chromium profile; resolves once the app has rendered
// opts.frames frames. `label` prefixes every failure.
async function runPage(chromium, url, label, screenshot, deviceScaleFactor = 1, automation = false) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium,
      headless: true,
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (err) => fail(`${label}: page error: ${err.message}`));
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error') fail(`${label}: console error: ${text}`);
      else if (!text.includes('GPU stall due to ReadPixels')) console.log(`e2e: ${label}: console.${msg.type()}: ${text}`);
    });
    page.on('requestfailed', (req) => {
      // A navigation cut short by the service worker's reload is expected in the fallback run.
      const error = req.failure()?.errorText || '';
      if (!error.includes('ERR_ABORTED')) fail(`${label}: request failed: ${req.url()} ${error}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) fail(`${label}: HTTP ${res.status()} for ${res.url()}`);
    });

    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    try {
      await page.waitForFunction(
        (n) => globalThis.loopscope && globalThis.loopscope.ready && globalThis.loopscope.frames >= n,
        opts.frames, { timeout: 90000, polling: 100 });
    } catch {
      fail(`${label}: the app did not render ${opts.frames} frames within 90 s`);
    }
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated === true);
    console.log(`e2e: ${label}: crossOriginIsolated = ${isolated}`);
    if (!isolated) fail(`${label}: crossOriginIsolated is not true`);
    const status = await page.evaluate(() => globalThis.loopscope || null);
    console.log(`e2e: ${label}: window.loopscope = ${JSON.stringify(status)}`);
    const statusText = await page.evaluate(() => {
      const s = document.getElementById('status');
      return s && getComputedStyle(s).display !== 'none' ? s.textContent : '';
    });
    if (statusText) fail(`${label}: the page shows a status message: ${statusText}`);
    if (automation) await checkAutomation(page, label);
    // HiDPI: the canvas' backing store follows the CSS size times devicePixelRatio.
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, dpr: devicePixelRatio };
    });
    console.log(`e2e: ${label}: canvas ${JSON.stringify(canvas)}`);
    if (canvas.width !== Math.round(canvas.cssWidth * canvas.dpr) || canvas.height !== Math.round(canvas.cssHeight * canvas.dpr))
      fail(`${label}: canvas backing size ${canvas.width}x${canvas.height} does not match CSS size x devicePixelRatio`);

    if (screenshot) {
      mkdirSync(path.dirname(screenshot), { recursive: true });
      const png = await page.screenshot({ path: screenshot });
      const image = decodePng(png);
      const colours = distinctColours(image);
      console.log(`e2e: ${label}: screenshot ${screenshot} (${image.width}x${image.height}, ${colours} colours)`);
      if (colours < 8) fail(`${label}: the screenshot looks blank (${colours} colours)`);
    }
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`e2e: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  const { chromium } = loadPlaywright();

  // 1. The dev server sends the isolation headers itself.
  const headers = await startServer({ dir: opts.dir, port: 0 });
  console.log(`e2e: serving ${opts.dir} at ${headers.url} (with COOP/COEP headers)`);
  try {
    await runPage(chromium, headers.url, 'dev server', opts.screenshot, 1, true);
  } finally {
    headers.server.close();
  }

  // 2. A static host without those headers: the page must isolate itself through
  //    coi-serviceworker.js (register, reload once) and then run the same way.
  const plain = await startServer({ dir: opts.dir, port: 0, isolation: false });
  console.log(`e2e: serving ${opts.dir} at ${plain.url} (no COOP/COEP headers: service worker fallback)`);
  try {
    // Also at devicePixelRatio 2, to check the HiDPI canvas sizing.
    await runPage(chromium, plain.url, 'service worker, HiDPI', opts.screenshot.replace(/\.png$/, '-hidpi.png'), 2);
  } finally {
    plain.server.close();
  }
}

await finish(main);
