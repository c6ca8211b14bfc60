// Loopscope's cross-origin isolation service worker.
//
// The wasm build uses threads, which need SharedArrayBuffer, which browsers only enable on pages
// served with `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy:
// require-corp`. Static hosts that cannot set headers get them from this worker: it re-issues every
// same-origin response with those headers added. The page (web/shell.html) registers it only when
// it is not already isolated and reloads once so the worker controls the page.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function withIsolationHeaders(response) {
  if (response.status === 0) return response;  // opaque: cannot be re-wrapped
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  // A page (the embed view) may be framed by an isolated page of another origin; the rest stays
  // same-origin (as web/serve.mjs sends them).
  const isPage = (headers.get('Content-Type') || '').startsWith('text/html');
  headers.set('Cross-Origin-Resource-Policy', isPage ? 'cross-origin' : 'same-origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Requests the worker must not touch: cache-only fetches across origins, and other origins.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then(withIsolationHeaders));
});
