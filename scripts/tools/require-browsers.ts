/** Stops `npm test` before the end-to-end step, one line per browser, when a browser is missing. */
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'Chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', variable: 'CHROME_PATH', apt: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', variable: 'FIREFOX_PATH', apt: 'firefox-esr' },
];
const missing = browsers.filter((browser) => !existsSync(browser.path));
for (const browser of missing) {
  console.error(`No ${browser.name} at ${browser.path}: install it with "apt-get install ${browser.apt}" or set ${browser.variable}.`);
}
if (missing.length) process.exit(1);
