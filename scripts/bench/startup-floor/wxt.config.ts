import { defineConfig } from 'wxt';

// The smallest extension our stack can build: WXT with the WebExtension polyfill and a content
// script whose main() does nothing. `npm run bench:startup` measures what it costs a page, and
// builds it once more without the polyfill (STARTUP_FLOOR_POLYFILL=off).
export default defineConfig({
  modules: process.env.STARTUP_FLOOR_POLYFILL === 'off' ? [] : ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifest: { name: 'Startup floor' },
});
