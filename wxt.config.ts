import { defineConfig } from 'wxt';
import { assertValidDataset } from './scripts/build/assert-valid-dataset';
import { noInnerHtmlPlugin } from './scripts/build/vite-no-inner-html';
import { termIndexPlugin } from './scripts/build/vite-term-index';
import { CONTENT_MATCHES } from './lib/content-registration';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Firefox only: the add-on id, and the declaration that no data is collected. 142 is the first
 * version, on desktop and on Android, with both CSS highlights (140) and that declaration
 * (desktop 140, Android 142). `gecko_android` says the add-on runs on Firefox for Android too.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'back-pain-explainer@example.org',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: {
    strict_min_version: '142.0',
  },
};

/** The pages the content script runs on. */

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // NO_MINIFY=1: functions keep their names, for `npm run bench:profile`.
  vite: () => ({ plugins: [termIndexPlugin(), noInnerHtmlPlugin()], ...(process.env.NO_MINIFY ? { build: { minify: false } } : {}) }),
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and saved topics; contextMenus: "Turn off on this site" on right-click;
    // scripting + host access: the content script is registered while the extension is on, and
    // its second stage and the card UI are injected into a tab only when it needs them. The
    // hosts are the pages the content script runs on (CONTENT_MATCHES).
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commands_nextTerm__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commands_previousTerm__' },
      'toggle-extension': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commands_toggle__' },
    },
    // No `content_scripts`: the first stage (entrypoints/look/, with highlights.css) is
    // registered by the background while the extension is on (lib/content-registration.ts).
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  hooks: {
    // A bad topic file fails the build with a message naming the file and field.
    'build:before': () => assertValidDataset(),
  },
  zip: {
    // The sources zip holds what a store reviewer needs to rebuild, nothing else.
    excludeSources: ['docs/screenshots/**', 'artifacts/**', 'tests/**', '.ci/**', '**/*.test.ts', '**/*.test.tsx'],
  },
  webExt: {
    // `npm start` sets this where there is no display: the dev build still watches, no browser opens.
    disabled: process.env.BPE_NO_BROWSER === '1',
    binaries: { chrome: chromePath },
    startUrls: [process.env.DEMO_URL ?? 'http://127.0.0.1:5174/demo-article.html'],
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium refuses to start as root (containers, CI machines) unless its sandbox is off.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
});
