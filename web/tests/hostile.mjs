#!/usr/bin/env node
// Browser test of hostile input (issue 13), in Debian's headless Chromium (playwright-core):
//
//   node web/tests/hostile.mjs [--dir build/web/dist] [--screenshots build/web/screenshots]
//                              [--node-modules /var/cache/loopscope/node/node_modules]
//
// In one page, one after another:
// 1. share links an attacker would send (made by the page's own codec, loopscope.ui.encodeLink,
//    with a timeline position, so that the script runs as soon as the link opens): a 2**30-item
//    list (a wasm trap once), 40k nested parentheses and a 3000-deep dict literal (the compiler's
//    recursion), a memory bomb, a runaway loop. Each run ends with its clear error in the console,
//    the editor holds the link's script, and the page keeps drawing frames;
// 2. hostile scripts through window.loopscope.runScript: '%c' % 2**40, a call_later bomb (the
//    loop's own memory is capped), 10**5 gathered tasks, list.sort mutation: CPython's errors;
// 3. Stop (the toolbar's button, clicked) ends a link's endless real-time run;
// 4. a normal script, whose output must be CPython's: the engine survived all of the above.
// Screenshots: hostile-<stage>.png. Exits non-zero on any failure.
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, decodePng, distinctColours, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('hostile', { screenshots: path.join(REPO, 'build/web/screenshots') });
const { fail, check, finish } = verdicts('hostile');
const log = (msg) => console.log(`hostile: ${msg}`);

// What a link runs, and the error its console must end with.
const LINKS = [
  { name: 'huge-list', script: 'x = [0] * (2**30 + 1)\n', error: /MemoryError/ },
  { name: 'nested-parens', script: `x = ${'('.repeat(40000)}1${')'.repeat(40000)}\n`, error: /SyntaxError: too many nested parentheses/ },
  { name: 'deep-dict', script: `x = ${'{1:'.repeat(3000)}1${'}'.repeat(3000)}\n`, error: /SyntaxError: too many nested parentheses/ },
  { name: 'memory-bomb', script: 'xs = []\nwhile True:\n    xs.append(bytearray(32 * 2**20))\n', error: /MemoryError/ },
  { name: 'runaway', script: 'while True:\n    pass\n', error: /StepLimitExceeded: the main program ran for more than/ },
];

// Through loopscope.runScript: the error name (result.error) and a line of stderr.
const SCRIPTS = [
  { name: 'percent-c', script: "'%c' % 2**40\n", error: 'OverflowError', line: /OverflowError: %c arg not in range\(0x110000\)/ },
  {
    name: 'call-later-bomb',
    script: `import asyncio
async def main():
    loop = asyncio.get_running_loop()
    while True:
        for _ in range(10000):
            loop.call_later(1000, print, "never")
        await asyncio.sleep(0)
asyncio.run(main())
`,
    error: 'MemoryError',
    line: /MemoryError: the event loop's pending tasks, futures and callbacks hold \d+ MiB/,
  },
  {
    name: 'sort-mutation',
    script: 'xs = list(range(100))\ndef key(x):\n    xs.append(x)\n    return -x\nxs.sort(key=key)\n',
    error: 'ValueError',
    line: /ValueError: list modified during sort/,
  },
];

const NORMAL = `import asyncio


async def count(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0.1)
        total += i
    return total


async def main():
    print(await asyncio.gather(*(count(n) for n in range(5))))
    print(sum(await asyncio.gather(*(count(3) for _ in range(10000)))))


asyncio.run(main())
`;
const NORMAL_OUTPUT = '[0, 0, 1, 3, 6]\n30000\n';  // CPython 3.11

async function waitFor(page, what, fn, arg, timeout = 30000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 100 });
    return true;
  } catch {
    fail(`timed out waiting for ${what}`);
    return false;
  }
}

const framesNow = (page) => page.evaluate(() => loopscope.frames);

// The page still draws: `n` more frames within 30 s.
async function keepsDrawing(page, what, n = 5) {
  const start = await framesNow(page);
  try {
    await page.waitForFunction((s) => loopscope.frames >= s, start + n, { timeout: 30000, polling: 50 });
  } catch {
    fail(`${what}: the page stopped drawing (${(await framesNow(page)) - start} frames in 30 s)`);
  }
}

async function screenshot(page, stage) {
  const file = path.join(opts.screenshots, `hostile-${stage}.png`);
  const colours = distinctColours(decodePng(await page.screenshot({ path: file })));
  log(`screenshot ${file} (${colours} colours)`);
  check(colours >= 8, `${stage}: the screenshot looks blank (${colours} colours)`);
}

async function open(page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await waitFor(page, 'the app to render', () => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5 && loopscope.ui,
                undefined, 90000);
}

const ui = (page, name, ...args) => page.evaluate(([n, a]) => loopscope.ui[n](...a), [name, args]);

async function clickControl(page, name) {
  const c = (await ui(page, 'controls'))[name];
  if (!check(c, `no control named ${name} on screen`)) return;
  const x = (c.x0 + c.x1) / 2, y = (c.y0 + c.y1) / 2;
  await page.mouse.move(x, y);
  await keepsDrawing(page, `moving to ${name}`, 2);
  await page.mouse.down();
  await keepsDrawing(page, `pressing ${name}`, 2);
  await page.mouse.up();
  await keepsDrawing(page, `releasing ${name}`, 3);
}

// A link with a timeline position runs its script as soon as it opens.
async function hostileLink(page, url, { name, script, error }) {
  const fragment = await ui(page, 'encodeLink', script, { virtualTime: true, scrubSeconds: 0.5 });
  log(`${name}: a ${fragment.length}-character link for a ${script.length}-character script`);
  const t0 = Date.now();
  await open(page, `${url}#${fragment}`);
  await waitFor(page, `${name}: the link's run to start`, () => loopscope.ui.run().running || loopscope.ui.run().events > 0,
                undefined, 60000);
  await waitFor(page, `${name}: the link's run to end`, () => !loopscope.ui.run().running, undefined, 120000);
  const out = await ui(page, 'console');
  log(`${name}: ended after ${Date.now() - t0} ms; console ends ${JSON.stringify(out.slice(-160))}`);
  check(error.test(out), `${name}: the console does not show ${error}: ${JSON.stringify(out.slice(-400))}`);
  check((await ui(page, 'editor')).text === script, `${name}: the editor does not hold the link's script`);
  await keepsDrawing(page, name);
  await screenshot(page, name);
}

async function hostileScript(page, { name, script, error, line }) {
  const t0 = Date.now();
  const r = await page.evaluate((s) => loopscope.runScript(s, { virtualTime: true }), script);
  log(`${name}: ${Date.now() - t0} ms, ${r.error}: ${JSON.stringify(r.stderr.slice(-200))}`);
  check(r.ok === false && r.error === error && line.test(r.stderr), `${name}: ${JSON.stringify(r).slice(0, 600)}`);
  await keepsDrawing(page, name);
}

// An endless real-time run from a link; the toolbar's Stop button ends it.
async function stopButton(page, url) {
  const script = 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0.05)\n\nasyncio.run(main())\n';
  const fragment = await ui(page, 'encodeLink', script, { virtualTime: false });
  await open(page, `${url}#${fragment}`);
  await page.mouse.click(640, 10);
  await page.keyboard.press('Control+Enter');
  await waitFor(page, 'the endless run to start', () => loopscope.ui.run().running, undefined, 30000);
  await keepsDrawing(page, 'the endless run', 10);
  await clickControl(page, 'stop');
  await waitFor(page, 'Stop to end the run', () => !loopscope.ui.run().running, undefined, 30000);
  check((await ui(page, 'editor')).text === script, 'Stop: the editor lost its text');
  await screenshot(page, 'stopped');
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`hostile: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  mkdirSync(opts.screenshots, { recursive: true });
  const { chromium } = loadPlaywright(opts.nodeModules, 'hostile');
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
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (err) => fail(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') fail(`console error: ${msg.text()}`);
    });
    await open(page, url);  // a first load, for the codec
    for (const link of LINKS) await hostileLink(page, url, link);
    for (const script of SCRIPTS) await hostileScript(page, script);
    await stopButton(page, url);
    const normal = await page.evaluate((s) => loopscope.runScript(s, { virtualTime: true }), NORMAL);
    check(normal.ok && normal.stdout === NORMAL_OUTPUT, `the normal script after them: ${JSON.stringify(normal).slice(0, 600)}`);
    await keepsDrawing(page, 'the normal script');
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    served.server.close();
  }
}

await finish(main);
