// --pre-js for command-line/test programs built with Emscripten 3.1.6.
// Under Node 18+ the generated loader sees a global fetch() and tries to fetch the .wasm file by path,
// which fails ("Failed to parse URL"). Hiding fetch makes it read the file from disk instead, so
// `node bin/<program>.js` works with or without `--no-experimental-fetch`.
if (typeof process == 'object' && process.versions && process.versions.node && typeof fetch == 'function') {
  try { delete globalThis.fetch; } catch (e) { globalThis.fetch = undefined; }
}
