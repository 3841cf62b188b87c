import { defineConfig } from 'wxt';
import { assertValidDataset } from './scripts/assert-valid-dataset';
import { topicNamesPlugin } from './scripts/vite-topic-names';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [topicNamesPlugin()] }),
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: {
    name: 'Back Pain Explainer',
    description: 'Explains back-pain treatments in plain language, right where you read about them. Nothing leaves your computer.',
    permissions: ['storage'],
    action: { default_title: 'Back Pain Explainer' },
  },
  hooks: {
    // A bad topic file fails the build with a message naming the file and field.
    'build:before': () => assertValidDataset(),
    // Highlight styles load as a manifest stylesheet: the page gets no <style> element from us.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), 'highlights.css'];
    },
  },
  webExt: {
    binaries: { chrome: chromePath },
    startUrls: [process.env.DEMO_URL ?? 'http://127.0.0.1:5174/demo-article.html'],
    chromiumArgs: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});
