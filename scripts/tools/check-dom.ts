/**
 * `npm run check:dom`: for every page of the shared corpus (CORPUS_DIR, default
 * ../shared/corpus/pages; skipped with a message when absent), the serialized DOM with the
 * extension must equal the DOM without it, page JavaScript off in both runs, apart from the
 * card host once a card was opened. Prints one line per page; exits 1 if any page differs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromePath, launchWithExtension } from '../../support/chromium';
import { compareDom } from '../../support/dom-compare';
import { CORPUS_DIR } from '../../support/paths';
import { serveStatic } from '../../support/static-server';

if (!existsSync(CORPUS_DIR)) {
  console.log(`Skipped: no shared corpus at ${CORPUS_DIR} (set CORPUS_DIR to a folder of saved pages).`);
  process.exit(0);
}
const server = await serveStatic([CORPUS_DIR]);
const withExtension = await launchWithExtension();
const plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let failures = 0;
try {
  for (const name of readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()) {
    const result = await compareDom(plain, withExtension.context, `${server.origin}/nojs/${name}`);
    const ok = result.sameAfterScan && result.hostsAfterScan === 0 && result.sameWithCard !== false;
    if (!ok) failures++;
    const card = result.opened ? `card on "${result.opened}": ${result.sameWithCard ? 'same' : 'DIFFERENT'}` : 'no term to open';
    console.log(`${ok ? 'same     ' : 'DIFFERENT'} ${name} (${card})`);
  }
  console.log(
    `\n${failures === 0 ? 'All pages unchanged.' : `${failures} page(s) changed.`} Requests outside 127.0.0.1 blocked (the saved pages' own images, scripts and fonts): ${withExtension.outsideRequests.length}`,
  );
} finally {
  await plain.close();
  await withExtension.close();
  await server.close();
}
process.exit(failures ? 1 : 0);
