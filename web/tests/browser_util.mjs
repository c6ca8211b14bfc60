// Helpers shared by the browser tests (e2e, playground, nothreads, page_speed): their command-line
// options, playwright-core from the dependency cache, Debian Chromium's headless flags, and a small
// PNG decoder to check screenshots.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

// The repository's root (this file is web/tests/browser_util.mjs).
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The command-line options of the browser test `name`: the ones they all take (--dir DIST,
// --node-modules DIR, --chromium PATH; defaults: build/web/dist, the dependency cache, Debian's
// chromium) and the test's own, given as { camelCaseName: default }, spelt --kebab-case on the command
// line. The default's type says how an option is read: a boolean is a switch, a number a number, a
// string a path (made absolute). An unknown argument ends the process with status 2.
export function browserTestOptions(name, own = {}, argv = process.argv.slice(2)) {
  const opts = {
    dir: path.join(REPO, 'build/web/dist'),
    nodeModules: path.join(process.env.LOOPSCOPE_CACHE || '/var/cache/loopscope', 'node/node_modules'),
    chromium: process.env.LOOPSCOPE_CHROMIUM || '/usr/bin/chromium',
    ...own,
  };
  const flags = new Map(Object.keys(opts).map((key) => [`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, key]));
  for (let i = 0; i < argv.length; i++) {
    const key = flags.get(argv[i]);
    if (key === undefined || (typeof opts[key] !== 'boolean' && i + 1 >= argv.length)) {
      console.error(`${name}: unknown argument ${argv[i]}${key !== undefined ? ' (it needs a value)' : ''}`);
      process.exit(2);
    }
    if (typeof opts[key] === 'boolean') opts[key] = true;
    else if (typeof opts[key] === 'number') opts[key] = Number(argv[++i]);
    else opts[key] = path.resolve(argv[++i]);
  }
  return opts;
}

// A browser test's verdicts: fail(msg) and check(cond, msg) report as they go (check returns cond);
// finish(main) runs the test, counts an exception as a failure, and exits 0 if nothing failed, else 1.
export function verdicts(name) {
  const failures = [];
  const fail = (msg) => {
    failures.push(msg);
    console.error(`${name}: FAIL ${msg}`);
  };
  const check = (cond, msg) => {
    if (!cond) fail(msg);
    return !!cond;
  };
  const finish = async (main) => {
    try {
      await main();
    } catch (err) {
      fail(`exception: ${err && err.stack ? err.stack : err}`);
    }
    if (failures.length) {
      console.error(`${name}: ${failures.length} failure(s)`);
      process.exit(1);
    }
    console.log(`${name}: OK`);
    process.exit(0);
  };
  return { fail, check, finish };
}

export function loadPlaywright(nodeModules, label) {
  try {
    return createRequire(path.join(nodeModules, 'noop.js'))('playwright-core');
  } catch (err) {
    console.error(`${label}: playwright-core not found under ${nodeModules}: run tools/setup.sh (${err.message})`);
    process.exit(1);
  }
}

// Minimal PNG decoder (8-bit RGB/RGBA, non-interlaced, all five filters) to check the screenshot.
export function decodePng(buf) {
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

export function distinctColours({ pixels, channels }) {
  const seen = new Set();
  for (let i = 0; i + channels <= pixels.length && seen.size < 100000; i += channels)
    seen.add(pixels.readUIntBE(i, 3));
  return seen.size;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
