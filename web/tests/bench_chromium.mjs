#!/usr/bin/env node
// Runs a wasm program built by the web preset (a benchmark such as build/web/bin/aio_bench.js) inside
// headless Debian Chromium, in a cross-origin-isolated page (the threaded build needs it), and prints
// what the program printed; exits with the program's exit code. tools/bench.py uses it for the
// "Chromium" column.
//
//   node web/tests/bench_chromium.mjs --program build/web/bin/aio_bench.js [--timeout S] [-- ARGS...]
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { CHROMIUM_ARGS, loadPlaywright } from './browser_util.mjs';

const opts = {
  program: null,
  args: [],
  timeout: 600,
  nodeModules: path.join(process.env.LOOPSCOPE_CACHE || '/var/cache/loopscope', 'node/node_modules'),
  chromium: process.env.LOOPSCOPE_CHROMIUM || '/usr/bin/chromium',
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--program') opts.program = argv[++i];
  else if (a === '--timeout') opts.timeout = Number(argv[++i]);
  else if (a === '--node-modules') opts.nodeModules = argv[++i];
  else if (a === '--chromium') opts.chromium = argv[++i];
  else if (a === '--') { opts.args = argv.slice(i + 1); break; }
  else { console.error(`bench_chromium: unknown argument ${a}`); process.exit(2); }
}
if (!opts.program || !existsSync(opts.program)) {
  console.error(`bench_chromium: --program must name a built .js program (got ${opts.program})`);
  process.exit(2);
}
if (!(opts.timeout > 0)) {
  console.error('bench_chromium: --timeout must be a positive number of seconds');
  process.exit(2);
}

// The program's files next to a page that runs it with the arguments and reports its exit.
const dir = mkdtempSync(path.join(tmpdir(), 'loopscope-bench-'));
const base = path.basename(opts.program, '.js');
for (const ext of ['.js', '.wasm', '.worker.js']) {
  const from = path.join(path.dirname(opts.program), base + ext);
  if (existsSync(from)) copyFileSync(from, path.join(dir, base + ext));
}
writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<meta charset="utf-8"><title>${base}</title>
<script>
  window.benchLines = [];
  var Module = {
    arguments: ${JSON.stringify(opts.args)},
    print: (text) => window.benchLines.push(text),
    printErr: (text) => console.log('stderr: ' + text),
    onExit: (code) => { window.benchExit = code; },
    onAbort: (what) => { window.benchExit = 'abort: ' + what; },
  };
</script>
<script src="${base}.js"></script>
`);

const { chromium } = loadPlaywright(opts.nodeModules, 'bench_chromium');
const served = await startServer({ dir, port: 0 });
const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
let exitCode = 1;
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.chromium, headless: true, args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('console', (msg) => console.error(`bench_chromium: console.${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => console.error(`bench_chromium: page error: ${err.message}`));
  await page.goto(served.url);
  if (!(await page.evaluate(() => self.crossOriginIsolated)))
    throw new Error('the page is not cross-origin isolated: threads cannot start');
  await page.waitForFunction(() => window.benchExit !== undefined, null, { timeout: opts.timeout * 1000, polling: 250 });
  const { lines, code } = await page.evaluate(() => ({ lines: window.benchLines, code: window.benchExit }));
  for (const line of lines) console.log(line);
  if (typeof code !== 'number') throw new Error(`the program stopped: ${code}`);
  exitCode = code;
} catch (err) {
  console.error(`bench_chromium: ${err.message}`);
  exitCode = 1;
} finally {
  if (context) await context.close();
  served.server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
