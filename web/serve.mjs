#!/usr/bin/env node
// Loopscope dev server: serves a directory over HTTP on the loopback interface with the headers the
// threaded wasm build needs (cross-origin isolation) and correct MIME types. No dependencies.
//
//   node web/serve.mjs [--dir build/web/dist] [--port 8765] [--host 127.0.0.1]
//
// --port 0 picks a free port. Also usable as a module: `startServer({ dir, port, host })`.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

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
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        ...extra,
      });
      if (log) console.log(`200 ${req.url}`);
      if (req.method === 'HEAD') return res.end();
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
