/** Stops `npm test` before the end-to-end step, in one line, when there is no Chromium. */
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}: install it with "apt-get install chromium" or set CHROME_PATH to a Chromium binary.`);
  process.exit(1);
}
