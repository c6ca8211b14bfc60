#!/usr/bin/env node
// Browser test of the Network panel (the simulated web, issue 16), with the mouse and keyboard in
// Debian's headless Chromium:
//
//   node web/tests/network.mjs [--dir build/web/dist] [--screenshots build/web/screenshots]
//                              [--node-modules DIR] [--chromium PATH]
//
// 1. a requests.get script opened from a share link runs (Ctrl+Enter) with the hosts as the engine
//    has them; the Network tab lists the hosts and the run's requests per host;
// 2. typing a latency (and a jitter of 0) for www.example.com and picking "connection refused" for
//    httpbin.org changes what the next run prints (its timing, the refused request) and the
//    requests per host; the changes are autosaved;
// 3. a share link made then carries them: opened in a fresh page, the settings and the run's output
//    are the same; Reset all brings the table back;
// 4. the panel at 1440x900 and at 1024x640: every control on screen (screenshots network-*.png).
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../serve.mjs';
import { browserTestOptions, verdicts, REPO, CHROMIUM_ARGS, decodePng, distinctColours, loadPlaywright } from './browser_util.mjs';

const opts = browserTestOptions('network', { screenshots: path.join(REPO, 'build/web/screenshots') });
const { fail, check, finish } = verdicts('network');
const log = (msg) => console.log(`network: ${msg}`);

// Three requests in sequence, timed on the run's clock; then one to httpbin.org.
const SCRIPT = `import time
import requests

start = time.time()
for _ in range(3):
    r = requests.get("https://www.example.com/")
print(f"3 requests: {r.status_code} in {time.time() - start:.2f} s")
try:
    print("httpbin.org:", requests.get("https://httpbin.org/status/201").status_code)
except requests.exceptions.ConnectionError as e:
    print("httpbin.org:", type(e).__name__, "refused" if "Connection refused" in str(e) else str(e))
`;
const TIMING = /3 requests: 200 in (\d+\.\d\d) s/;

const ui = (page, name, ...args) => page.evaluate(([n, a]) => loopscope.ui[n](...a), [name, args]);

async function frames(page, n = 3) {
  const start = await page.evaluate(() => loopscope.frames);
  await page.waitForFunction((s) => loopscope.frames >= s, start + n, { timeout: 30000, polling: 10 });
}

async function open(page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => globalThis.loopscope && loopscope.ready && loopscope.frames >= 5 && loopscope.ui,
                             undefined, { timeout: 90000, polling: 50 });
  await frames(page, 3);
}

async function clickControl(page, name) {
  const c = (await ui(page, 'controls'))[name];
  if (!check(c, `no control named ${name} on screen`)) return false;
  await page.mouse.move((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
  return true;
}

// Types `text` into the number field `name` (click, select all, type, Enter).
async function typeInto(page, name, text) {
  if (!(await clickControl(page, name))) return;
  await page.keyboard.press('Control+A');
  await frames(page, 2);
  await page.keyboard.type(text, { delay: 20 });
  await frames(page, 2);
  await page.keyboard.press('Enter');
  await frames(page, 3);
}

// Runs the editor's script with Ctrl+Enter and returns the console's text after the run.
async function runWithKeyboard(page) {
  const view = (await ui(page, 'controls')).view;  // the canvas gets the focus: right of the toolbar
  await page.mouse.click(view.x1 + 6, (view.y0 + view.y1) / 2);
  await page.keyboard.press('Control+Enter');
  await frames(page, 3);
  await page.waitForFunction(() => !loopscope.ui.run().running, undefined, { timeout: 60000, polling: 50 });
  await frames(page, 3);
  return ui(page, 'console');
}

function lastTiming(consoleText) {
  const all = [...consoleText.matchAll(new RegExp(TIMING, 'g'))];
  return all.length ? Number(all[all.length - 1][1]) : NaN;
}

async function screenshot(page, name, width, height) {
  const file = path.join(opts.screenshots, `network-${name}.png`);
  const png = await page.screenshot({ path: file });
  const image = decodePng(png);
  const colours = distinctColours(image);
  log(`screenshot ${file} (${image.width}x${image.height}, ${colours} colours)`);
  check(image.width === width && image.height === height, `${name}: the screenshot is ${image.width}x${image.height}`);
  check(colours >= 8, `${name}: the screenshot looks blank (${colours} colours)`);
}

// Every control drawn this frame lies inside the window (the host table scrolls: its last visible
// row may be cut by the panel's bottom edge, so its fields need only start on screen).
async function allOnScreen(page, width, height, what) {
  const controls = await ui(page, 'controls');
  for (const [name, c] of Object.entries(controls)) {
    const bottom = name.startsWith('net_') && name.includes(':') ? c.y0 : c.y1;
    check(c.x0 >= 0 && c.y0 >= 0 && c.x1 <= width && bottom <= height, `${what}: ${name} is off screen: ${JSON.stringify(c)}`);
  }
  return controls;
}

async function main() {
  if (!existsSync(path.join(opts.dir, 'index.html'))) {
    console.error(`network: ${opts.dir}/index.html not found: build the web preset first`);
    process.exit(1);
  }
  mkdirSync(opts.screenshots, { recursive: true });
  const { chromium } = loadPlaywright(opts.nodeModules, 'network');
  const served = await startServer({ dir: opts.dir, port: 0 });
  const url = served.url;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loopscope-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.chromium, headless: true, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (err) => fail(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') fail(`console error: ${msg.text()}`);
    });
    await open(page, url);

    // 1. The script from a link, run as the engine's table has the hosts.
    const fragment = await ui(page, 'encodeLink', SCRIPT, { virtualTime: true, seed: 3, speed: 1 });
    await open(page, `${url}#${fragment}`);
    check((await ui(page, 'editor')).text === SCRIPT, 'the editor does not hold the linked script');
    const before = await runWithKeyboard(page);
    const t0 = lastTiming(before);
    log(`default table: ${JSON.stringify(before.match(TIMING) && before.match(TIMING)[0])}`);
    check(t0 >= 3 * 0.4 && t0 < 3 * 0.72, `three requests to www.example.com took ${t0} s (0.40-0.72 s each)`);
    check(before.includes('httpbin.org: 201'), `httpbin.org did not answer 201: ${JSON.stringify(before)}`);
    await clickControl(page, 'tab_network');
    let net = await ui(page, 'network');
    const hosts = Object.fromEntries(net.hosts.map((h) => [h.name, h]));
    check(net.hosts.length >= 7 && hosts['www.example.com'] && hosts['httpbin.org'],
          `the Network panel lists ${JSON.stringify(net.hosts.map((h) => h.name))}`);
    check(hosts['www.example.com'].latency === 0.4 && hosts['www.example.com'].fail === 'answers' && !hosts['www.example.com'].changed,
          `www.example.com as the engine has it: ${JSON.stringify(hosts['www.example.com'])}`);
    check(hosts['www.example.com'].requests === 3 && hosts['www.example.com'].last === '200',
          `the run's requests to www.example.com: ${JSON.stringify(hosts['www.example.com'])}`);
    check(hosts['httpbin.org'].requests === 1 && hosts['httpbin.org'].last === '201',
          `the run's requests to httpbin.org: ${JSON.stringify(hosts['httpbin.org'])}`);
    check(hosts['python.org'].requests === 0, 'python.org was never asked');
    await allOnScreen(page, 1440, 900, '1440x900');

    // 2. A slower www.example.com (2 s, no jitter) and a refusing httpbin.org, with mouse and keys.
    await typeInto(page, 'net_latency:www.example.com', '2');
    await typeInto(page, 'net_jitter:www.example.com', '0');
    await clickControl(page, 'net_fail:httpbin.org');
    await clickControl(page, 'net_fail_refused');
    const settings = await ui(page, 'settings');
    check(settings.web === 'httpbin.org:fail=refused;www.example.com:latency_ms=2000,jitter_ms=0',
          `the settings hold ${JSON.stringify(settings.web)}`);
    const after = await runWithKeyboard(page);
    const t1 = lastTiming(after);
    check(t1 === 6, `three requests of 2 s printed ${t1} s`);
    check(after.includes('3 requests: 200 in 6.00 s\nhttpbin.org: ConnectionError refused\n'),
          `httpbin.org was not refused: ${JSON.stringify(after.slice(-200))}`);
    net = await ui(page, 'network');
    const changed = Object.fromEntries(net.hosts.map((h) => [h.name, h]));
    check(changed['www.example.com'].latency === 2 && changed['www.example.com'].jitter === 0 && changed['www.example.com'].changed,
          `www.example.com after the change: ${JSON.stringify(changed['www.example.com'])}`);
    check(changed['httpbin.org'].fail === 'refused' && changed['httpbin.org'].last === 'refused',
          `httpbin.org after the change: ${JSON.stringify(changed['httpbin.org'])}`);
    await screenshot(page, '1440x900', 1440, 900);
    await page.waitForFunction(() => (localStorage.getItem('loopscope.settings') || '').includes('web='), undefined,
                               { timeout: 10000 }).catch(() => {});
    const saved = await page.evaluate(() => localStorage.getItem('loopscope.settings'));
    check(saved && saved.includes('web=httpbin.org:fail=refused;www.example.com:latency_ms=2000,jitter_ms=0'),
          `the changes were not autosaved: ${JSON.stringify(saved)}`);

    // 3. A share link carries them; Reset all brings the engine's table back.
    const shared = await ui(page, 'shareFragment', false);
    await open(page, `${url}#${shared}`);
    check((await ui(page, 'settings')).web === settings.web, `the link's settings: ${JSON.stringify(await ui(page, 'settings'))}`);
    const linked = await runWithKeyboard(page);
    check(lastTiming(linked) === 6 && linked.includes('ConnectionError refused'),
          `the linked run printed something else: ${JSON.stringify(linked.slice(-200))}`);
    await clickControl(page, 'tab_network');
    await clickControl(page, 'net_reset');
    check((await ui(page, 'settings')).web === '', 'Reset all left changes');
    check((await ui(page, 'network')).hosts.every((h) => !h.changed), 'Reset all left hosts marked as changed');
    const reset = await runWithKeyboard(page);
    check(lastTiming(reset) === t0, `after Reset all the run took ${lastTiming(reset)} s, not the ${t0} s of the engine's table`);

    // The page API takes the same changes (runScript's `web`), and refuses a bad one.
    const api = await page.evaluate(async (code) => {
      const r = await loopscope.runScript(code, { virtualTime: true, seed: 3, web: { 'www.example.com': { latency: 1, jitter: 0 } } });
      let refused = '';
      await loopscope.runScript(code, { web: { 'www.example.com': { fail: 'sometimes' } } }).catch((e) => { refused = e.message; });
      return { stdout: r.stdout, requests: loopscope.webRequests(), hosts: loopscope.webHosts().length, refused };
    }, SCRIPT);
    check(api.stdout.startsWith('3 requests: 200 in 3.00 s\n'), `runScript with web: ${JSON.stringify(api.stdout)}`);
    check(api.requests['www.example.com'] && api.requests['www.example.com'].count === 3, `webRequests(): ${JSON.stringify(api.requests)}`);
    check(api.hosts >= 7, `webHosts() lists ${api.hosts} hosts`);
    check(/bad web option/.test(api.refused), `a bad web option was not refused: ${JSON.stringify(api.refused)}`);

    // 4. A small laptop screen (the layout is made for the window a page opens in).
    await page.setViewportSize({ width: 1024, height: 640 });
    await open(page, url);
    await runWithKeyboard(page);
    await clickControl(page, 'tab_network');
    const small = await allOnScreen(page, 1024, 640, '1024x640');
    check(small['net_latency:www.example.com'] || small.net_reset, 'the Network panel shows no control at 1024x640');
    await screenshot(page, '1024x640', 1024, 640);
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    served.server.close();
  }
}

await finish(main);
