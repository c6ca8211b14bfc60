#!/usr/bin/env node
// How fast a script runs in the playground page compared with node and native (issues 5 and 6):
// a virtual-time script with 10k tasks through window.loopscope.runScript in headless Chromium, the
// same script through the web CLI (build/web/bin/loopscope.js) under node and through the native CLI.
// Prints the bundle's size (as built, and on the wire with gzip and brotli as web/serve.mjs sends it),
// wall times, the ratios to native, the page's host figures (slices, longest slice, frames
// rendered meanwhile) and, with --profile, the top self-time items of Chromium's CPU profile of the
// page's main thread during the run. A benchmark: no timed assertion (exits non-zero only when a run
// fails or prints the wrong output).
//
//   node web/tests/page_speed.mjs [--dir build/web/dist] [--cli build/web/bin/loopscope.js]
//                                 [--native build/native/bin/loopscope] [--runs 3] [--tasks 10000]
//                                 [--profile] [--node-modules /var/cache/loopscope/node/node_modules]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { startServer } from '../serve.mjs';
import { browserTestOptions, REPO, CHROMIUM_ARGS, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('page_speed', {
  cli: path.join(REPO, 'build/web/bin/loopscope.js'),
  native: path.join(REPO, 'build/native/bin/loopscope'),
  runs: 3,
  tasks: 10000,
  profile: false,
});
if (!(Number.isInteger(opts.runs) && opts.runs > 0) || !(Number.isInteger(opts.tasks) && opts.tasks > 0)) {
  console.error('page_speed: --runs and --tasks must be positive integers');
  process.exit(2);
}
if (!existsSync(path.join(opts.dir, 'index.html'))) {
  console.error(`page_speed: ${opts.dir}/index.html not found: build the web preset first`);
  process.exit(2);
}

// Every task sleeps a little (50 distinct deadlines) and yields once more: 10k tasks, ~30k steps.
const SCRIPT = `import asyncio


async def job(i):
    await asyncio.sleep((i % 50) * 0.01)
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[job(i) for i in range(${opts.tasks})])
    print("done", len(results), sum(results))


asyncio.run(main())
`;
const EXPECTED = `done ${opts.tasks} ${(opts.tasks * (opts.tasks - 1)) / 2}\n`;

let failed = false;
const log = (msg) => console.log(`page_speed: ${msg}`);

// The page's bundle (dist/ without the no-threads fallback): bytes as built, gzip -9, brotli -9.
function bundleSize(dir) {
  let raw = 0, gz = 0, br = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }).length;
  }
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  return `${mb(raw)} as built, ${mb(gz)} gzip, ${mb(br)} brotli (what web/serve.mjs sends)`;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// A CLI run's median wall time in ms (the process from start to exit; null if it failed).
function timeCli(label, command, args) {
  const times = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    let out;
    try {
      out = execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
    } catch (err) {
      log(`FAIL ${label}: ${err.message}`);
      failed = true;
      return null;
    }
    times.push(performance.now() - t0);
    if (out !== EXPECTED) {
      log(`FAIL ${label}: output ${JSON.stringify(out)}`);
      failed = true;
    }
  }
  log(`${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(0)})`);
  return median(times);
}

// The page: wall time of runScript, frames rendered meanwhile and the host's slices.
async function timePage(page) {
  return page.evaluate(async (script) => {
    const frames0 = loopscope.frames;
    const stats0 = loopscope.hostStats();
    const t0 = performance.now();
    const result = await loopscope.runScript(script, { virtualTime: true });
    const ms = performance.now() - t0;
    const stats = loopscope.hostStats();
    return { result, ms, frames: loopscope.frames - frames0, slices: stats.slices - stats0.slices,
             timers: stats.timers - stats0.timers, longestSliceMs: stats.longestSliceMs };
  }, SCRIPT);
}

// The top `n` functions by self time in a CDP Profiler profile (ms and share of the sampled time).
function topSelf(profile, n = 15) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const ms = (dt[i + 1] ?? dt[i] ?? 0) / 1000;
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(name, (self.get(name) || 0) + ms);
    total += ms;
  }
  return { total, top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n) };
}

async function main() {
  const scriptDir = mkdtempSync(path.join(tmpdir(), 'loopscope-speed-'));
  const scriptPath = path.join(scriptDir, 'tasks.py');
  writeFileSync(scriptPath, SCRIPT);
  log(`bundle ${opts.dir}: ${bundleSize(opts.dir)}`);
  log(`${opts.tasks} tasks, virtual time, ${opts.runs} runs each`);

  const native = existsSync(opts.native) ? timeCli('native CLI', opts.native, ['run', '--virtual-time', scriptPath]) : null;
  const nativeHosted = existsSync(opts.native)
    ? timeCli('native CLI, hosted, recorded + trace JSON written', opts.native, ['run', '--virtual-time', '--hosted', '--trace', path.join(scriptDir, 't.json'), scriptPath])
    : null;
  if (!existsSync(opts.native)) log(`no native CLI at ${opts.native} (build the native preset): no ratio`);
  const node = existsSync(opts.cli)
    ? timeCli('web CLI under node', process.execPath, ['--no-experimental-fetch', opts.cli, 'run', '--virtual-time', scriptPath])
    : null;
  if (!existsSync(opts.cli)) log(`no web CLI at ${opts.cli}`);

  const { chromium } = loadPlaywright(opts.nodeModules, 'page_speed');
  const served = await startServer({ dir: opts.dir, port: 0 });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  const pageTimes = [];
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium, headless: true, viewport: { width: 1280, height: 720 }, args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (err) => { log(`FAIL page error: ${err.message}`); failed = true; });
    await page.goto(served.url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => globalThis.loopscope && loopscope.ready && loopscope.frames >= 10, null,
                               { timeout: 90000, polling: 100 });
    for (let i = 0; i < opts.runs; i++) {
      const r = await timePage(page);
      if (!r.result.ok || r.result.stdout !== EXPECTED) {
        log(`FAIL page run: ${JSON.stringify(r.result).slice(0, 400)}`);
        failed = true;
      }
      pageTimes.push(r.ms);
      log(`page: ${r.ms.toFixed(0)} ms, ${r.frames} frames rendered meanwhile, ${r.slices} slices ` +
          `(${(r.slices / Math.max(1, r.frames)).toFixed(1)} per frame), ${r.timers} timers, longest slice ${r.longestSliceMs.toFixed(1)} ms`);
    }
    if (opts.profile) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const r = await timePage(page);
      const { profile } = await cdp.send('Profiler.stop');
      const { total, top } = topSelf(profile);
      log(`profile of one page run (${r.ms.toFixed(0)} ms wall, ${total.toFixed(0)} ms sampled), top self time:`);
      for (const [name, ms] of top) log(`  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
    }
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(scriptDir, { recursive: true, force: true });
    served.server.close();
  }

  const pageMs = median(pageTimes);
  const ratio = (x) => (native ? ` (${(x / native).toFixed(1)}x native)` : '');
  log(`summary: native ${native ? native.toFixed(0) + ' ms' : 'n/a'}, native hosted+recorded+JSON ` +
      `${nativeHosted ? nativeHosted.toFixed(0) + ' ms' : 'n/a'}, node ${node ? node.toFixed(0) + ' ms' + ratio(node) : 'n/a'}, ` +
      `page ${pageMs.toFixed(0)} ms${ratio(pageMs)}`);
}

try {
  await main();
} catch (err) {
  log(`FAIL exception: ${err && err.stack ? err.stack : err}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
