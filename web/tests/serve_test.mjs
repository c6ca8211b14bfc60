#!/usr/bin/env node
// The dev server (web/serve.mjs): isolation headers, MIME types, path confinement, and compression:
// brotli or gzip as the request accepts, identity otherwise, bodies that decode to the file, a new
// body when the file changes. Plain node, no browser.
//
//   node web/tests/serve_test.mjs
import { mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer, pickEncoding } from '../serve.mjs';

let failures = 0;
const check = (ok, what) => {
  if (!ok) {
    failures++;
    console.log(`serve_test: FAIL ${what}`);
  }
  return ok;
};

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

check(pickEncoding('gzip, deflate, br') === 'br', 'br preferred');
check(pickEncoding('gzip') === 'gzip', 'gzip alone');
check(pickEncoding('br;q=0, gzip') === 'gzip', 'q=0 refuses br');
check(pickEncoding('identity') === null, 'identity only');
check(pickEncoding(undefined) === null, 'no header');
check(pickEncoding('*') === 'br', 'a wildcard accepts br');

const dir = mkdtempSync(path.join(tmpdir(), 'loopscope-serve-'));
const js = 'console.log("hello");\n'.repeat(2000);
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>hi</p>\n');
writeFileSync(path.join(dir, 'app.js'), js);
writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
const { server, url } = await startServer({ dir, port: 0 });
try {
  const br = await get(url + 'app.js', { 'Accept-Encoding': 'gzip, br' });
  check(br.status === 200 && br.headers['content-encoding'] === 'br', `br: ${JSON.stringify(br.headers)}`);
  check(brotliDecompressSync(br.body).toString() === js, 'the br body decodes to the file');
  check(br.body.length < js.length / 10 && Number(br.headers['content-length']) === br.body.length,
        `br size ${br.body.length} of ${js.length}`);
  check(br.headers['content-type'] === 'text/javascript; charset=utf-8', 'MIME type of .js');
  check(br.headers['cross-origin-opener-policy'] === 'same-origin' &&
        br.headers['cross-origin-embedder-policy'] === 'require-corp', 'isolation headers');
  check(br.headers.vary === 'Accept-Encoding', 'Vary: Accept-Encoding');

  const gz = await get(url + 'app.js', { 'Accept-Encoding': 'gzip' });
  check(gz.headers['content-encoding'] === 'gzip' && gunzipSync(gz.body).toString() === js, 'gzip body');
  const plain = await get(url + 'app.js');
  check(!plain.headers['content-encoding'] && plain.body.toString() === js, 'identity without Accept-Encoding');
  const png = await get(url + 'logo.png', { 'Accept-Encoding': 'br' });
  check(!png.headers['content-encoding'] && png.body.length === 7, 'images are sent as they are');

  // The file changes: the cached compressed body is not reused.
  const js2 = 'console.log("changed");\n'.repeat(1000);
  writeFileSync(path.join(dir, 'app.js'), js2);
  utimesSync(path.join(dir, 'app.js'), new Date(), new Date(Date.now() + 5000));
  const again = await get(url + 'app.js', { 'Accept-Encoding': 'br' });
  check(brotliDecompressSync(again.body).toString() === js2, 'a changed file is compressed again');

  const index = await get(url, { 'Accept-Encoding': 'gzip' });
  check(index.status === 200 && gunzipSync(index.body).toString().includes('<p>hi</p>'), 'index.html at /');
  // Pages may be framed by an isolated page of another origin (the embed view); scripts stay same-origin.
  check(index.headers['cross-origin-resource-policy'] === 'cross-origin' &&
        index.headers['cross-origin-embedder-policy'] === 'require-corp',
        `the page cannot be framed by an isolated page: ${JSON.stringify(index.headers)}`);
  check(br.headers['cross-origin-resource-policy'] === 'same-origin', 'scripts are same-origin only');
  check((await get(url + 'missing.js')).status === 404, '404 for a missing file');
  check((await get(url + '..%2f..%2fetc%2fpasswd')).status === 403, 'a path outside the folder is refused');
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures ? `serve_test: ${failures} failed` : 'serve_test: all passed');
process.exit(failures ? 1 : 0);
