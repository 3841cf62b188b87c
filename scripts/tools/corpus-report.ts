/**
 * `npm run report:corpus`: every match on the shared real-world pages (news, wiki, health),
 * read from CORPUS_DIR (default ../shared/corpus/pages). Skips with a message when absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CORPUS_DIR } from '../../support/paths';

if (!existsSync(CORPUS_DIR)) {
  console.log(`Skipped: no shared corpus at ${CORPUS_DIR} (set CORPUS_DIR to a folder of saved pages).`);
} else {
  execFileSync('npx', ['tsx', join(import.meta.dirname, 'scan.ts'), CORPUS_DIR], { stdio: 'inherit' });
}
