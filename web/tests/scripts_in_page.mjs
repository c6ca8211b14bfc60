#!/usr/bin/env node
// Scripts with CPython's output, run in the playground page: every script of a suite runs through
// the page's automation API (window.loopscope.runScript, the Run button's path: the page's engine,
// its event loop and frames) in Debian's headless Chromium, and its stdout must equal the expected
// output byte for byte, with exit status 0 (stderr is never compared), as the CLI's ctest tests
// judge the same scripts natively and under node.
//
//   node web/tests/scripts_in_page.mjs [--dir build/web/dist] [--suite conformance] [--only NAME]
//                                      [--timeout 60] [--show] [--node-modules DIR] [--chromium PATH]
//
// The suites are the ones CMake registers as the CLI's tests (cmake/LoopscopeScriptTests.cmake):
// <build>/script_tests/<SUITE>.tsv (the build directory holding --dir), e.g. `conformance` (the
// public corpus, tests/conformance) or `python_stdlib`; `--suite all` runs every one. Each script
// runs with the page's settings for its CLI arguments: the Virtual time box unless it runs in real
// time, the toolbar's "asyncio 3.7" for `--asyncio 3.7`, the CLI's seed (0); `--hosted` is how the
// page always runs; the script keeps its file name (tracebacks and reprs print it). A script that needs an argument the page has no setting for fails, saying so.
// --only runs the scripts whose name contains the text.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, CHROMIUM_ARGS, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('scripts_in_page', { suite: 'conformance', only: '', timeout: 60, show: false });
const { fail, check, finish } = verdicts('scripts_in_page');
const log = (msg) => console.log(`scripts_in_page: ${msg}`);
// browserTestOptions makes string options absolute paths: these two are names.
const suiteName = path.basename(opts.suite);
const only = opts.only ? path.basename(opts.only) : '';

// Scripts the page cannot run as the CLI does, and why: reported as not run (never hidden).
const PAGE_LIMITS = {
  python_processes_pool_basics:
    'multiprocessing.Pool(3) and its handler threads need more than the page\'s 4 worker threads at once',
  python_processes_unsync_examples:
    'times ten blocking sleeps spread over the page\'s worker threads in real time',
  // A gap, not a limit of the page: the policy's asyncio.run is the shim's, which cannot suspend
  // the page's main program yet (issue 15).
  python_surface_event_loop_policy_run: 'asyncio.run in the page does not use a custom event loop policy yet',
};

// The page's settings for a script's extra CLI arguments (runScript's options), or {why}.
function pageOptions(clock, extra) {
  const o = { virtualTime: clock === 'virtual', seed: 0 };
  const args = extra ? extra.split('|') : [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--asyncio' && args[i + 1] === '3.7') { o.asyncioVersion = 307; i++; }
    else if (args[i] === '--hosted') continue;  // what the page always does
    else return { why: `needs \`${args[i]}\`, which the page has no setting for` };
  }
  return o;
}

// The suites' cases: [{suite, name, source, expected, options}], suites in name order.
function loadSuites(name) {
  const dir = path.join(path.dirname(opts.dir), 'script_tests');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort() : [];
  const chosen = name === 'all' ? files : files.filter((f) => f === `${name}.tsv`);
  if (!chosen.length) throw new Error(`no suite ${name} in ${dir} (configure the web preset first)`);
  const cases = [];
  for (const file of chosen) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      const [caseName, script, expectedFile, clock, extra] = line.split('\t');
      if (only && !caseName.includes(only)) continue;
      cases.push({
        suite: file.slice(0, -4), name: caseName, source: readFileSync(script, 'utf8'),
        expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null,
        options: { ...pageOptions(clock, extra), fileName: path.basename(script) },
      });
    }
  }
  return cases;
}

// Where two texts first differ, as "line N: expected ... got ...".
function firstDifference(expected, actual) {
  const e = expected.split('\n'), a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}, got ${JSON.stringify(a[i] ?? '<end>')}`;
  }
  return 'same lines, different line endings';
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`scripts_in_page: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  const cases = loadSuites(suiteName);
  if (!check(cases.length > 0, `no scripts in suite ${suiteName}${only ? ` matching ${only}` : ''}`)) return;
  log(`${suiteName}: ${cases.length} scripts`);

  const { chromium } = loadPlaywright(opts.nodeModules, 'scripts_in_page');
  const served = await startServer({ dir: opts.dir, port: 0 });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium, headless: true, viewport: { width: 480, height: 300 }, args: CHROMIUM_ARGS,
    });
    const openPage = async () => {
      const p = await context.newPage();
      p.on('pageerror', (err) => fail(`page error: ${err.message}`));
      await p.goto(served.url, { waitUntil: 'load', timeout: 60000 });
      await p.waitForFunction(() => globalThis.loopscope && loopscope.ready && loopscope.runScript,
                              undefined, { timeout: 90000 });
      return p;
    };
    let page = await openPage();
    const started = Date.now();
    let passed = 0, notRun = 0;
    for (const c of cases) {
      const label = `${c.suite}_${c.name}`;
      if (PAGE_LIMITS[label]) {
        log(`${label}: NOT RUN in the page: ${PAGE_LIMITS[label]}`);
        notRun++;
        continue;
      }
      if (!check(c.expected !== null, `${label}: no expected output`)) continue;
      if (!check(!c.options.why, `${label}: cannot run in the page: ${c.options.why}`)) continue;
      const t0 = Date.now();
      // A run that holds the page's main thread (so that the page's own timer never fires) is
      // given up from here, and the page replaced.
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
          return { status: null, error: `timed out after ${timeout} s`, stdout: out.stdout, stderr: out.stderr };
        }
        return { status: result.exitCode, stdout: result.stdout, stderr: result.stderr };
      }, [c.source, c.options, opts.timeout])])) || {
        status: null, stdout: '', stderr: '', error: `held the page's main thread past ${opts.timeout + 15} s`,
      };
      clearTimeout(stuck);
      if (r.error && r.error.startsWith('held')) {
        await page.close().catch(() => {});
        page = await openPage();
      }
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      let why = '';
      if (r.error) why = r.error;
      else if (r.status !== 0) why = `exit status ${r.status}; stderr: ${r.stderr.trim().split('\n').slice(-1)[0] || ''}`;
      else if (r.stdout !== c.expected) why = firstDifference(c.expected, r.stdout);
      if (why) fail(`${label}: ${why}`);
      else passed++;
      if (opts.show || why) log(`${label}: ${why ? 'FAIL' : 'ok'} (${seconds} s)`);
    }
    log(`${passed} passed, ${cases.length - passed - notRun} failed, ${notRun} not run (page limits above) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    served.server.close();
  }
}

await finish(main);
