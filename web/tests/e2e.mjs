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
// isolated and the app runs. Exits non-zero on any failure.
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { startServer } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const opts = {
  dir: path.join(repo, 'build/web/dist'),
  screenshot: path.join(repo, 'build/web/screenshots/e2e.png'),
  nodeModules: path.join(process.env.LOOPSCOPE_CACHE || '/var/cache/loopscope', 'node/node_modules'),
  frames: 30,
  chromium: process.env.LOOPSCOPE_CHROMIUM || '/usr/bin/chromium',
};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--dir') opts.dir = path.resolve(process.argv[++i]);
  else if (a === '--screenshot') opts.screenshot = path.resolve(process.argv[++i]);
  else if (a === '--node-modules') opts.nodeModules = path.resolve(process.argv[++i]);
  else if (a === '--frames') opts.frames = Number(process.argv[++i]);
  else {
    console.error(`e2e: unknown argument ${a}`);
    process.exit(2);
  }
}

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`e2e: FAIL ${msg}`);
};

function loadPlaywright() {
  try {
    return createRequire(path.join(opts.nodeModules, 'noop.js'))('playwright-core');
  } catch (err) {
    console.error(`e2e: playwright-core not found under ${opts.nodeModules}: run tools/setup.sh (${err.message})`);
    process.exit(1);
  }
}

// Minimal PNG decoder (8-bit RGB/RGBA, non-interlaced, all five filters) to check the screenshot.
function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8], colorType = data[9], interlace = data[12];
      if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6))
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let v = raw[src + x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels: out };
}

function distinctColours({ pixels, channels }) {
  const seen = new Set();
  for (let i = 0; i + channels <= pixels.length && seen.size < 100000; i += channels)
    seen.add(pixels.readUIntBE(i, 3));
  return seen.size;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

// Opens the page in a fresh headless Chromium profile; resolves once the app has rendered
// opts.frames frames. `label` prefixes every failure.
async function runPage(chromium, url, label, screenshot, deviceScaleFactor = 1) {
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
    await runPage(chromium, headers.url, 'dev server', opts.screenshot);
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

try {
  await main();
} catch (err) {
  fail(`exception: ${err && err.stack ? err.stack : err}`);
}
if (failures.length) {
  console.error(`e2e: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('e2e: OK');
process.exit(0);
