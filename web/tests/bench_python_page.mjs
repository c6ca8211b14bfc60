#!/usr/bin/env node
// Runs Python benchmark scripts (tests/bench/python/*.py) in the playground page, as a user's Run
// does (real time, the page's own engine, its event loop and frames), in headless Debian Chromium,
// and prints the last line each script printed (its nanoseconds per operation). tools/bench_python.py
// uses it for the "page" column.
//
//   node web/tests/bench_python_page.mjs [--dir build/web/dist] [--settle 1.5] [--profile] SCRIPT.py...
//
// Each invocation opens a fresh page: what a visitor gets. Before the first script it waits until the
// page has drawn its first frames and `--settle` seconds more, as a user reading the page before
// pressing Run would (the page warms its interpreter up meanwhile: runtime/python warm_up.hpp).
// --profile: also records a CPU profile of the page's main thread (CDP Profiler) while each script
// runs and prints, on stderr, the share of the wall time the loop's slices took (the rest went to
// frames and the browser) and the functions with the most self time. Wasm functions have names only
// in a build configured with -DLOOPSCOPE_WEB_FUNCTION_NAMES=ON.
// Exits 1 if a script failed in the page (its error is printed on stderr).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { CHROMIUM_ARGS, REPO, loadPlaywright } from './browser_util.mjs';

const opts = {
  dir: path.join(REPO, 'build/web/dist'),
  settle: 1.5,
  profile: false,
  nodeModules: path.join(process.env.LOOPSCOPE_CACHE || '/var/cache/loopscope', 'node/node_modules'),
  chromium: process.env.LOOPSCOPE_CHROMIUM || '/usr/bin/chromium',
  scripts: [],
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--dir') opts.dir = path.resolve(argv[++i]);
  else if (a === '--settle') opts.settle = Number(argv[++i]);
  else if (a === '--profile') opts.profile = true;
  else if (a.startsWith('--')) { console.error(`bench_python_page: unknown argument ${a}`); process.exit(2); }
  else opts.scripts.push(path.resolve(a));
}
if (!opts.scripts.length || !(opts.settle >= 0)) {
  console.error('usage: bench_python_page.mjs [--dir DIST] [--settle SECONDS] [--profile] SCRIPT.py...');
  process.exit(2);
}

const { chromium } = loadPlaywright(opts.nodeModules, 'bench_python_page');
const served = await startServer({ dir: opts.dir, port: 0 });
const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
let exitCode = 0;
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.chromium, headless: true, viewport: { width: 1280, height: 720 }, args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (err) => console.error(`bench_python_page: page error: ${err.message}`));
  await page.goto(served.url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5, null,
                             { timeout: 90000, polling: 100 });
  await page.waitForTimeout(opts.settle * 1000);
  const cdp = opts.profile ? await context.newCDPSession(page) : null;
  if (cdp) await cdp.send('Profiler.enable');
  for (const script of opts.scripts) {
    const code = readFileSync(script, 'utf8');
    if (cdp) {
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const { r, wallMs, busyMs } = await page.evaluate(async (c) => {
      const busy0 = loopscope.hostStats().busyMs, t0 = performance.now();
      const r = await loopscope.runScript(c, { virtualTime: false });
      return { r, wallMs: performance.now() - t0, busyMs: loopscope.hostStats().busyMs - busy0 };
    }, code);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      console.error(`${path.basename(script)}: ${wallMs.toFixed(0)} ms wall, ${busyMs.toFixed(0)} ms ` +
                    `(${((100 * busyMs) / wallMs).toFixed(0)}%) in the loop's slices; top self time:`);
      for (const [name, ms, share] of topSelfTime(profile))
        console.error(`  ${ms.toFixed(0).padStart(6)} ms ${share.toFixed(1).padStart(5)}%  ${name}`);
    }
    const last = r.stdout.trim().split('\n').pop();
    if (!r.ok || !last) {
      console.error(`bench_python_page: ${path.basename(script)} failed in the page: ${r.error || r.stderr}`);
      exitCode = 1;
      continue;
    }
    console.log(last);
  }
} catch (err) {
  console.error(`bench_python_page: ${err.message}`);
  exitCode = 1;
} finally {
  if (context) await context.close();
  served.server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(exitCode);

// The `n` functions with the most self time in a CDP Profiler profile: [name, ms, % of the sampled time].
function topSelfTime(profile, n = 20) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = byId.get(profile.samples[i]).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) : ''}`.trim();
    self.set(name, (self.get(name) || 0) + ms);
    total += ms;
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => [name, ms, (100 * ms) / total]);
}
