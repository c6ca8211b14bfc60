#!/usr/bin/env node
// The documents' programs in the page (issue 16): each program of examples/documents/ runs in the
// playground page through its automation API (window.loopscope.runScript), in Debian's headless
// Chromium, and is judged by the native runner's own rules (tests/seeds/run_seeds.py):
//
//   node web/tests/seeds.mjs [--dir build/web/dist] [--only NAME,NAME] [--timeout 120] [--show]
//                            [--node-modules DIR] [--chromium PATH]      (PYTHON=python3 by default)
//
// 1. `run_seeds.py --export-cases=-` gives every program's source and the CLI arguments the native
//    runner passes (or why it is pending);
// 2. each runs as the page would run it: --virtual-time is the page's Virtual time box (without it,
//    real time: "# realtime" scripts, the document's real-time runs); --asyncio 3.7 is the toolbar's
//    "asyncio 3.7"; --toplevel-await is what the page always does (notebook mode). An argument the
//    page has no setting for is reported as NOT RUN with the reason (never skipped silently);
// 3. `run_seeds.py --judge=FILE` judges the page's outputs exactly as it judges the CLI's; a failed
//    real-time program runs once more (its timers may fire late in a loaded headless page), and the
//    output says so.
// Exits non-zero if a program fails, a page error occurs, or the judge fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('seeds', { only: '', timeout: 120, show: false });
const { fail, check, finish } = verdicts('seeds');
const log = (msg) => console.log(`seeds: ${msg}`);
const RUNNER = path.join(REPO, 'tests/seeds/run_seeds.py');
// browserTestOptions makes string options absolute paths: --only is a list of names.
const only = opts.only ? path.basename(opts.only) : '';
const python = process.env.PYTHON || 'python3';  // CPython 3.11 (ctest passes its own)

// The page's settings for the CLI arguments run_seeds.py gives a program: runScript's options, or
// {why} when the page has no setting for one of them.
function pageOptions(args) {
  const o = { virtualTime: false, seed: 0 };  // the toolbar's seed; real time unless asked
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--virtual-time') o.virtualTime = true;
    else if (a === '--toplevel-await') continue;  // the page always runs notebook cells
    else if (a === '--asyncio' && args[i + 1] === '3.7') { o.asyncioVersion = 307; i++; }
    else if (a === '--step-limit') {
      // seed02_cpu_bound: 2 x 100 million iterations, one step each (~9 s in the page): the
      // toolbar's step-limit field (0: no limit).
      o.stepLimit = Number(args[i + 1]);
      i++;
    } else return { why: `needs \`${a}\`, which the page has no setting for` };
  }
  return o;
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`seeds: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  const exported = spawnSync(python, [RUNNER, '--export-cases=-', ...(only ? [`--only=${only}`] : [])],
                             { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!check(exported.status === 0, `run_seeds.py --export-cases failed: ${exported.stderr}`)) return;
  const cases = JSON.parse(exported.stdout);
  log(`${cases.length} programs`);

  const { chromium } = loadPlaywright(opts.nodeModules, 'seeds');
  const served = await startServer({ dir: opts.dir, port: 0 });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  const work = mkdtempSync(path.join(tmpdir(), 'loopscope-seeds-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium, headless: true, viewport: { width: 480, height: 300 }, args: CHROMIUM_ARGS,
    });
    // A fresh page (also after a program that held the page's main thread past its time).
    const openPage = async () => {
      const p = await context.newPage();
      p.on('pageerror', (err) => fail(`page error: ${err.message}`));
      await p.goto(served.url, { waitUntil: 'load', timeout: 60000 });
      await p.waitForFunction(() => globalThis.loopscope && loopscope.ready && loopscope.runScript,
                              undefined, { timeout: 90000 });
      return p;
    };
    let page = await openPage();
    // One program in the page: its run entry for run_seeds.py --judge.
    const runCase = async (c) => {
      if (c.pending !== undefined) return { name: c.name, pending: c.pending };
      const o = pageOptions(c.args);
      if (o.why) return { name: c.name, not_run: `cannot run in the page: ${o.why}` };
      const t0 = Date.now();
      // The page's own timer stops a run that goes on too long; one that holds the main thread
      // (so that no timer fires) is given up from here, and the page replaced.
      let stuck;
      const held = new Promise((resolve) => { stuck = setTimeout(() => resolve(null), (opts.timeout + 15) * 1000); });
      const r = (await Promise.race([held, page.evaluate(async ([source, o, timeout]) => {
        let timer;
        const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve(null), timeout * 1000); });
        const result = await Promise.race([loopscope.runScript(source, o), timedOut]);
        clearTimeout(timer);
        if (result === null) {
          const out = loopscope.output();
          loopscope.stop();
          return { status: null, error: `timed out after ${timeout} s in the page`, stdout: out.stdout, stderr: out.stderr };
        }
        return { status: result.exitCode, stdout: result.stdout, stderr: result.stderr };
      }, [c.source, o, opts.timeout])])) || {
        status: null, stdout: '', stderr: '',
        error: `held the page's main thread for more than ${opts.timeout + 15} s (the page was replaced)`,
      };
      clearTimeout(stuck);
      if (r.error && r.error.startsWith('held')) {
        await page.close().catch(() => {});
        page = await openPage();
      }
      if (opts.show) log(`${c.name}: exit ${r.status} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return { name: c.name, seconds: (Date.now() - t0) / 1000, ...r };
    };
    const judge = (runs, label) => {
      const file = path.join(work, `${label}.json`);
      writeFileSync(file, JSON.stringify(runs));
      const judged = spawnSync(python, [RUNNER, `--judge=${file}`, ...(opts.show ? ['--show'] : [])], { encoding: 'utf8' });
      process.stdout.write(judged.stdout);
      process.stderr.write(judged.stderr);
      return { status: judged.status, failed: [...judged.stdout.matchAll(/^FAIL +(\S+):/gm)].map((m) => m[1]) };
    };

    const started = Date.now();
    const runs = [];
    for (const c of cases) runs.push(await runCase(c));
    log(`ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    let verdict = judge(runs, 'runs');
    // A real-time program's output depends on its timers firing on time; in a headless page on a
    // loaded machine a software-rendered frame can hold one back. Such a failure gets one more
    // run (said here, never hidden); a program on the virtual clock gets none.
    const again = cases.filter((c) => verdict.failed.includes(c.name) && c.args && !c.args.includes('--virtual-time'));
    if (verdict.status !== 0 && again.length) {
      log(`running again (real time, timers in a loaded page): ${again.map((c) => c.name).join(', ')}`);
      for (const c of again) runs[runs.findIndex((r) => r.name === c.name)] = await runCase(c);
      verdict = judge(runs, 'again');
    }
    check(verdict.status === 0, `run_seeds.py --judge: exit status ${verdict.status}`);
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    served.server.close();
  }
}

await finish(main);
