import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES } from '../../lib/content-registration';
import { ROOT } from '../../support/paths';

const OUTPUT = join(ROOT, '.output');
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

// A new permission must be a deliberate change: it shows in the install prompt of every user.
describe('built manifests', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    // scripting and the hosts register our content script and inject our own scripts where it runs.
    it(`${dir} asks only for storage, contextMenus, scripting and the hosts the content script runs on`, () => {
      const built = manifest(dir);
      expect(built.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
      expect(built.host_permissions).toEqual(CONTENT_MATCHES);
      expect(built.optional_permissions ?? []).toEqual([]);
      // Registered by the background while the extension is on (lib/content-registration.ts).
      expect(built).not.toHaveProperty('content_scripts');
      expect(built).not.toHaveProperty('web_accessible_resources');
      expect(built).not.toHaveProperty('content_security_policy');
    });
  }

  it('declares the Firefox add-on id, no data collection and Firefox for Android, in the Firefox build only', () => {
    expect(manifest('firefox-mv3').browser_specific_settings).toEqual({
      gecko: { id: 'back-pain-explainer@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest('chrome-mv3')).not.toHaveProperty('browser_specific_settings');
  });

  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    const script = (file: string) => readFileSync(join(OUTPUT, dir, file));
    it(`${dir}: the first stage runs without the WebExtension polyfill and WXT's storage`, () => {
      const firstStage = script('look.js').toString();
      expect(firstStage).not.toContain('This script should only be loaded in a browser extension'); // the polyfill
      expect(firstStage).not.toContain('Invalid area'); // @wxt-dev/storage
    });

    it(`${dir}: both stages of the content script fit in 40 KB gzipped`, () => {
      expect(gzipSync(script('look.js')).length + gzipSync(script('page-terms.js')).length).toBeLessThanOrEqual(40 * 1024);
    });
  }
});
