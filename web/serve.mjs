#!/usr/bin/env node
// Loopscope dev server: serves a directory over HTTP on the loopback interface with the headers the
// threaded wasm build needs (cross-origin isolation) and correct MIME types, compressed (brotli or
// gzip, as the browser accepts) for text and wasm: the bundle is about a third of its size on the
// wire. Compressed bodies are made once per file version and kept in memory. No dependencies.
//
//   node web/serve.mjs [--dir build/web/dist] [--port 8765] [--host 127.0.0.1]
//
// --port 0 picks a free port. Also usable as a module: `startServer({ dir, port, host })`.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.data': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

// What is worth compressing (wasm and text; images are compressed already).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.json', '.css', '.svg', '.txt', '.py', '.data',
                              '.map', '.ttf']);

// The encoding to send for an Accept-Encoding header: br, then gzip, else none (identity).
export function pickEncoding(acceptEncoding) {
  const accepted = new Map();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.has(name) ? accepted.get(name) > 0 : accepted.get('*') > 0);
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

// file -> { key: size:mtime, bodies: { br, gzip } } (remade when the file changes).
const compressedCache = new Map();

async function compressedBody(file, stat, encoding) {
  const key = `${stat.size}:${stat.mtimeMs}`;
  let entry = compressedCache.get(file);
  if (!entry || entry.key !== key) {
    entry = { key, bodies: {} };
    compressedCache.set(file, entry);
  }
  if (!entry.bodies[encoding]) {
    const raw = await fs.readFile(file);
    entry.bodies[encoding] = encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipSync(raw, { level: 9 });
  }
  return entry.bodies[encoding];
}

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

// A page may be framed by a page of another origin (the playground's embed view, ?embed, in an
// <iframe> of slides or a blog post). When that page is cross-origin isolated too, its COEP
// (require-corp) loads the frame's document only if the document's CORP allows other origins; the
// bundle's other files are loaded by the frame itself (same origin) and stay same-origin.
const FRAMEABLE_DOCUMENT = { 'Cross-Origin-Resource-Policy': 'cross-origin' };

// isolation: false serves without the COOP/COEP headers, as a plain static host would (used by the
// e2e test to check the service-worker fallback).
export function startServer({ dir, port = 8765, host = '127.0.0.1', log = false, isolation = true } = {}) {
  const root = path.resolve(dir);
  const extra = isolation ? ISOLATION_HEADERS : {};
  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
      let rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(root, '.' + rel);
      if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden\n');
      let stat = await fs.stat(file).catch(() => null);
      if (stat && stat.isDirectory()) {
        res.writeHead(301, { Location: rel + '/', ...extra });
        return res.end();
      }
      if (!stat) {
        if (log) console.log(`404 ${req.url}`);
        return send(404, 'not found\n');
      }
      const ext = path.extname(file).toLowerCase();
      const encoding = COMPRESSIBLE.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null;
      const body = encoding ? await compressedBody(file, stat, encoding) : null;
      res.writeHead(200, {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'Content-Length': body ? body.length : stat.size,
        'Cache-Control': 'no-cache',
        ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...extra,
        ...(isolation && ext === '.html' ? FRAMEABLE_DOCUMENT : {}),
      });
      if (log) console.log(`200 ${req.url}${encoding ? ` (${encoding} ${body.length} of ${stat.size} bytes)` : ''}`);
      if (req.method === 'HEAD') return res.end();
      if (body) return res.end(body);
      createReadStream(file).pipe(res);
    } catch (err) {
      send(500, `error: ${err.message}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, port: address.port, url: `http://${host}:${address.port}/` });
    });
  });
}

function parseArgs(argv) {
  const opts = { dir: 'build/web/dist', port: 8765, host: '127.0.0.1', log: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') opts.dir = argv[++i];
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--host') opts.host = argv[++i];
    else if (a === '--log') opts.log = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node web/serve.mjs [--dir DIR] [--port N] [--host ADDR] [--log]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('--port must be a number between 0 and 65535');
    process.exit(2);
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    await fs.access(path.join(opts.dir, 'index.html'));
  } catch {
    console.error(`serve: ${opts.dir}/index.html not found (build the web preset first)`);
    process.exit(1);
  }
  const { url } = await startServer(opts).catch((err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
  console.log(`Loopscope playground: ${url}  (serving ${path.resolve(opts.dir)}, Ctrl+C to stop)`);
}
