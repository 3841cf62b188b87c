import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway extension for benchmark baselines: a worker that does nothing (so the test
 * browser reports it loaded) and, if given, a content script on every http(s) page.
 */
export function generatedExtension(contentScript: string | null = null): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extension-'));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Bench',
    version: '1.0',
    background: { service_worker: 'worker.js' },
  };
  if (contentScript !== null) {
    manifest.content_scripts = [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }];
    writeFileSync(join(dir, 'content.js'), contentScript);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  return dir;
}
