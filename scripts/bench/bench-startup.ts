/**
 * `npm run bench:startup`: what it costs a page that names no treatment just to have a content
 * script, and how much of that our stack costs before our code runs. Same browser and pages
 * for each extension, medians of STARTUP_RUNS loads (default 11, the extensions taking turns
 * load by load), page JavaScript off:
 * - empty: an extension without a content script (the baseline of `npm run bench`);
 * - one line: a content script of one statement;
 * - WXT floor: WXT's content-script runtime with the WebExtension polyfill and an empty
 *   main() (scripts/bench/startup-floor/);
 * - WXT, no polyfill: the same with WXT's own `browser` instead of the polyfill;
 * - ours: the benchmark build of this extension;
 * - 5 ms in the script / 5 ms after an await: a content script that busy-waits 5 ms in its
 *   first run, and one that does the same in a promise continuation. ScriptDuration counts the
 *   first and not the second: work in microtasks after the script's first run (our look, after
 *   `await`) is not in it. `npm run bench` measures that work itself ("ext busy").
 * Prints DevTools ScriptDuration and JS heap after GC, with each one's difference from empty.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../../support/chromium';
import { generatedExtension } from './generated-extension';
import { serveStatic } from '../../support/static-server';
import { CORPUS_DIR, ROOT, SITE_DIR } from '../../support/paths';

const RUNS = Number(process.env.STARTUP_RUNS ?? 11);
const BUSY_5_MS = 'for (const start = performance.now(); performance.now() - start < 5; );';

async function measure(context: BrowserContext, url: string): Promise<{ script: number; heap: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(400);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { script: value('ScriptDuration') * 1000, heap: value('JSHeapUsedSize') / 1_048_576 };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'ignore' });
  const floorDir = join(ROOT, 'scripts', 'bench', 'startup-floor');
  execFileSync('npx', ['wxt', 'build'], { cwd: floorDir, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '--mode', 'no-polyfill'], {
    cwd: floorDir,
    stdio: 'ignore',
    env: { ...process.env, STARTUP_FLOOR_POLYFILL: 'off' },
  });
  const extensions: Record<string, string> = {
    empty: generatedExtension(),
    'one line': generatedExtension('document.body;'),
    'WXT floor': join(floorDir, '.output', 'chrome-mv3'),
    'WXT, no polyfill': join(floorDir, '.output', 'chrome-mv3-no-polyfill'),
    ours: join(ROOT, '.output', 'chrome-mv3-bench'),
    '5 ms in the script': generatedExtension(BUSY_5_MS),
    '5 ms after an await': generatedExtension(`(async () => { await null; ${BUSY_5_MS} })();`),
  };
  const corpusPages = ['rtl-1.html', 'ars-1.html', 'heise.html', 'theverge.html', 'wikipedia-2.html'].filter((name) =>
    existsSync(join(CORPUS_DIR, name)),
  );
  if (!corpusPages.length) console.log(`Shared corpus not found at ${CORPUS_DIR}: measuring the project's own no-terms page only.`);
  const server = await serveStatic([CORPUS_DIR, SITE_DIR]);
  const pages = corpusPages.length ? corpusPages : ['no-terms.html'];
  // All browsers are open at once and take turns, load by load, so that the machine's drift over
  // the run (other work, thermal) falls on every extension alike.
  const browsers = new Map<string, Awaited<ReturnType<typeof launchWithExtension>>>();
  for (const [name, dir] of Object.entries(extensions)) browsers.set(name, await launchWithExtension({ extensionDir: dir }));
  const runs = new Map<string, Array<{ script: number; heap: number }>>();
  for (let run = 0; run < RUNS; run++)
    for (const page of pages)
      for (const [name, browser] of browsers) {
        const key = `${name} ${page}`;
        runs.set(key, [...(runs.get(key) ?? []), await measure(browser.context, `${server.origin}/nojs/${page}`)]);
      }
  for (const browser of browsers.values()) await browser.close();
  const medianOf = (name: string, page: string) => {
    const measured = runs.get(`${name} ${page}`)!;
    return { script: median(measured.map((r) => r.script)), heap: median(measured.map((r) => r.heap)) };
  };
  const rows = [...browsers.keys()].flatMap((name) =>
    pages.map((page) => {
      const { script, heap } = medianOf(name, page);
      const base = medianOf('empty', page);
      return {
        extension: name,
        page,
        'script ms': script.toFixed(1),
        'script Δ ms': (script - base.script).toFixed(1),
        'heap Δ MB': (heap - base.heap).toFixed(2),
      };
    }),
  );
  await server.close();
  console.table(rows);
}

await main();
