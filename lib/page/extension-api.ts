import type { browser } from '@wxt-dev/browser';

type Api = typeof browser;

/**
 * The browser's own extension API, for the content script's first stage, which runs on every
 * page. Found without reading `runtime`: `@wxt-dev/browser` tests `browser.runtime.id`, and the
 * first read of `runtime` in a content script sets up its bindings, about a millisecond of
 * script time on every page (`npm run bench:startup`). The first stage needs `storage` only;
 * `runtime` is read where the page may name a treatment and the second stage is loaded. In the
 * content script's isolated world no page script can define `browser`, so either global is the
 * extension's own: Firefox's `browser`, Chrome's `chrome` (and, in recent versions, `browser`).
 */
export const extensionApi: Api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
