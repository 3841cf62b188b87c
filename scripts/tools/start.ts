/**
 * `npm start`: serves the demo article on http://127.0.0.1:5174 and runs WXT in dev mode, which
 * builds the extension and opens Chromium (CHROME_PATH, else /usr/bin/chromium) on that page
 * with the extension loaded. Edits rebuild and reload it. Ctrl+C stops both.
 *
 * Where there is no display (a server, a container, a remote shell) no browser can open: WXT
 * would build, then die with an unhandled ECONNRESET. So we say so in one line, keep the demo
 * page served and the dev build watching, and print how to load the build by hand.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SITE_DIR } from '../../support/paths';
import { serveStatic } from '../../support/static-server';

const PORT = 5174;
const DEV_BUILD = join('.output', 'chrome-mv3-dev');

/** Linux and the BSDs need an X11 or Wayland display for a browser window; macOS and Windows always have one. */
function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

const server = await serveStatic([SITE_DIR], {}, PORT);
const url = `${server.origin}/demo-article.html`;
const display = hasDisplay();
console.log(`Demo page: ${url}`);
if (!display) {
  console.log(
    `No display found, so no browser opens. The dev build in ${DEV_BUILD} rebuilds on every edit: load it by hand ` +
      `(chrome://extensions → Developer mode → Load unpacked → ${DEV_BUILD}) in a browser that can reach ${url}.`,
  );
}

const wxt = spawn('npx', ['wxt'], {
  stdio: 'inherit',
  env: { ...process.env, DEMO_URL: url, ...(display ? {} : { BPE_NO_BROWSER: '1' }) },
});
const stop = () => {
  wxt.kill('SIGINT');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => void server.close().then(() => process.exit(code ?? 0)));
