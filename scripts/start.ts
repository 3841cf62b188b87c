/**
 * `npm start`: serves the demo article on http://127.0.0.1:5174 and runs WXT in dev mode, which
 * builds the extension and opens Chromium (CHROME_PATH, else /usr/bin/chromium) on that page
 * with the extension loaded. Edits rebuild and reload it. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { serveStatic } from './static-server';

const PORT = 5174;
const site = join(import.meta.dirname, '..', 'tests', 'fixtures', 'site');
const server = await serveStatic([site], {}, PORT);
const url = `${server.origin}/demo-article.html`;
console.log(`Demo page: ${url}`);

const wxt = spawn('npx', ['wxt'], { stdio: 'inherit', env: { ...process.env, DEMO_URL: url } });
const stop = () => {
  wxt.kill('SIGINT');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => void server.close().then(() => process.exit(code ?? 0)));
