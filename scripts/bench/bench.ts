/**
 * `npm run bench`: how the extension compares, in one Chromium run, on the shared corpus pages
 * (CORPUS_DIR, default ../shared/corpus/pages; skipped with a message when absent) and a
 * generated 1 MB health article. Prints a table and writes artifacts/bench.json. Never fails
 * on a number: the targets are in the README.
 *
 * Per page, medians of BENCH_RUNS runs (default 5):
 * - ext busy: main-thread time of the extension's look, scan and highlight (sum of its slices,
 *   with loading the index), by `performance.now()` in the benchmark build. DevTools
 *   ScriptDuration does not count it: it runs in promise continuations (microtasks) after the
 *   script's first run, which ScriptDuration leaves out (a content script that only busy-waits
 *   5 ms in a microtask measures 0.1 ms there; the same wait in the script, or in a timer, 5 ms);
 * - floor: one TreeWalker pass over every text node plus one case-insensitive, word-bounded
 *   regular expression of all names over that text, run in the page;
 * - mark.js: mark.js marking the same names (fewer runs: it takes seconds on large pages);
 * - script Δ: DevTools ScriptDuration with the extension minus without it;
 * - heap Δ: JS heap after GC with the extension minus without it;
 * - first highlight: when the page's first term was highlighted, in ms from navigation start.
 * Pages are served with their own JavaScript off, so only our work differs between the runs.
 *
 * "Without it" is the same browser, launched the same way, with an empty extension instead of
 * ours: Chromium sets up script contexts in every frame of a page once any extension is
 * installed, which costs tens of milliseconds and megabytes on pages full of iframes, whatever
 * the extension does. BENCH_BASELINE=none measures against a browser with no extension at all.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromePath, launchWithExtension } from '../../support/chromium';
import { namesOf } from '../../lib/topics/names';
import { BENCH_SCAN_KEY, type ScanStats } from '../../lib/page/stages';
import { readNameSources } from '../../support/read-topic-files';
import { generatedExtension } from './generated-extension';
import { serveStatic } from '../../support/static-server';
import { CORPUS_DIR, PAGES_DIR, ROOT } from '../../support/paths';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARK_RUNS = Number(process.env.BENCH_MARK_RUNS ?? 3);
const EXTENSION = join(ROOT, '.output', 'chrome-mv3-bench');
const GENERATED = '/generated/health-article-1mb.html';
const BASELINE = process.env.BENCH_BASELINE === 'none' ? 'none' : 'empty-extension';

/** The browser to compare with, every request outside 127.0.0.1 blocked as in the other. */
async function launchBaseline(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (BASELINE === 'empty-extension') return launchWithExtension({ extensionDir: generatedExtension() });
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  return { context, close: () => browser.close() };
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).toSorted((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

function allNames(): string[] {
  return readNameSources().flatMap((entry) => namesOf(entry));
}

/** About 1 MB of a health article, from the paragraphs of the project's labelled health pages. */
function generatedArticle(): string {
  const dir = join(PAGES_DIR, 'health');
  const paragraphs = readdirSync(dir).flatMap((name) =>
    [...readFileSync(join(dir, name), 'utf8').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!),
  );
  let body = '';
  for (let i = 0; body.length < 1_000_000; i++) {
    if (i % 12 === 0) body += `<h2>Part ${i / 12 + 1}</h2>\n`;
    body += `<p>${paragraphs[i % paragraphs.length]}</p>\n`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated health article</title></head><body><article><h1>Back pain treatments, at length</h1>${body}</article></body></html>`;
}

/** Runs in the page: the cheapest honest way to find the same words. */
function floorInPage(source: string): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += `${(node as Text).data}\n`;
  const pattern = new RegExp(source, 'gi');
  while (pattern.exec(text));
  return performance.now() - start;
}

async function metrics(measured: Measured): Promise<{ script: number; heap: number }> {
  const { cdp } = measured;
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return { script: value('ScriptDuration') * 1000, heap: value('JSHeapUsedSize') / 1_048_576 };
}

interface Measured {
  page: Page;
  cdp: CDPSession;
}

/** A page with the DevTools performance counters on from before it loads. */
async function openMeasured(context: BrowserContext, url: string): Promise<Measured> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, cdp };
}

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'ignore' });
  const corpus = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((name) => name.endsWith('.html'))
        .sort()
    : [];
  if (!corpus.length) console.log(`Shared corpus not found at ${CORPUS_DIR}: measuring the generated article only.`);
  const server = await serveStatic([CORPUS_DIR], { [GENERATED]: generatedArticle });
  const names = allNames()
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const floorSource = `\\b(?:${names.join('|')})\\b`;
  const markSource = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

  const withExt = await launchWithExtension({ extensionDir: EXTENSION });
  const baseline = await launchBaseline();
  const plainContext = baseline.context;

  const rows: Record<string, string | number>[] = [];
  for (const path of [...corpus.map((name) => `/${name}`), GENERATED]) {
    // Page JavaScript off (/nojs/): the saved pages' own scripts would make script time and heap noise.
    const url = `${server.origin}/nojs${path}`;
    const ext = {
      busy: [] as number[],
      wall: [] as number[],
      longest: [] as number[],
      first: [] as number[],
      terms: 0,
      script: [] as number[],
      heap: [] as number[],
    };
    const base = { script: [] as number[], heap: [] as number[], floor: [] as number[], mark: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      await withExt.worker.evaluate(`chrome.storage.local.remove('${BENCH_SCAN_KEY}')`);
      const measured = await openMeasured(withExt.context, url);
      const stats = await pollStats(withExt.worker);
      await measured.page.waitForTimeout(200);
      const m = await metrics(measured);
      ext.busy.push(stats.busyMs);
      ext.wall.push(stats.wallMs);
      ext.longest.push(stats.longestSliceMs);
      if (stats.firstHighlightAt !== null) ext.first.push(stats.firstHighlightAt);
      ext.terms = stats.terms;
      ext.script.push(m.script);
      ext.heap.push(m.heap);
      await measured.page.close();

      const plainPage = await openMeasured(plainContext, url);
      await plainPage.page.waitForTimeout(Math.max(200, stats.wallMs + 200));
      const p = await metrics(plainPage);
      base.script.push(p.script);
      base.heap.push(p.heap);
      base.floor.push(await plainPage.page.evaluate(floorInPage, floorSource));
      await plainPage.page.close();
    }
    for (let run = 0; run < MARK_RUNS; run++) {
      const { page } = await openMeasured(plainContext, url);
      // A string, not a function: the page must not see helpers our TypeScript runner adds.
      // mark.js builds one regular expression per name; with thousands of names and its diacritics
      // option some of them overflow V8's regex stack on large pages, so a failed run counts as none.
      const ms = (await page
        .evaluate(`new Promise((resolve) => {
        ${markSource};
        const start = performance.now();
        new Mark(document.body).mark(${JSON.stringify(allNames())}, {
          separateWordSearch: false, accuracy: 'exactly', caseSensitive: false, diacritics: false,
          done: () => resolve(performance.now() - start),
        });
      })`)
        .catch(() => Number.NaN)) as number;
      base.mark.push(ms);
      await page.close();
      if (ms > 20_000) break;
    }
    const busy = median(ext.busy);
    const floor = median(base.floor);
    const mark = median(base.mark);
    rows.push({
      page: path.replace(/^\/(generated\/)?/, ''),
      KB: Math.round(Buffer.byteLength(path === GENERATED ? generatedArticle() : readFileSync(join(CORPUS_DIR, path)), 'utf8') / 1024),
      terms: ext.terms,
      'ext busy ms': busy.toFixed(1),
      'ext wall ms': median(ext.wall).toFixed(0),
      'longest slice ms': Math.max(...ext.longest).toFixed(1),
      'first highlight ms': ext.first.length ? median(ext.first).toFixed(0) : '',
      'floor ms': floor.toFixed(1),
      'ext/floor': (busy / floor).toFixed(2),
      'mark.js ms': mark.toFixed(0),
      'mark/ext': (mark / busy).toFixed(0),
      'script Δ ms': (median(ext.script) - median(base.script)).toFixed(1),
      'heap Δ MB': (median(ext.heap) - median(base.heap)).toFixed(2),
    });
    console.log(rows.at(-1));
  }
  await withExt.close();
  await baseline.close();
  await server.close();

  const gzipKB = (file: string) => +(gzipSync(readFileSync(join(EXTENSION, file))).length / 1024).toFixed(1);
  console.table(rows);
  const noTerms = rows.filter((row) => row.terms === 0);
  const noTermsScript = noTerms.map((row) => Number(row['script Δ ms']));
  const noTermsHeap = noTerms.map((row) => Number(row['heap Δ MB']));
  const noTermsBusy = noTerms.map((row) => Number(row['ext busy ms']));
  const summary = {
    runs: RUNS,
    baseline: BASELINE,
    contentScriptGzipKB: { firstStage: gzipKB('look.js'), secondStage: gzipKB('page-terms.js'), cardUi: gzipKB('card-ui.js') },
    pagesWithoutTerms: noTerms.length,
    medianScriptDeltaMsOnPagesWithoutTerms: +median(noTermsScript).toFixed(2),
    maxScriptDeltaMsOnPagesWithoutTerms: Math.max(...noTermsScript),
    medianBusyMsOnPagesWithoutTerms: +median(noTermsBusy).toFixed(2),
    maxBusyMsOnPagesWithoutTerms: Math.max(...noTermsBusy),
    medianHeapDeltaMBOnPagesWithoutTerms: +median(noTermsHeap).toFixed(2),
    maxHeapDeltaMBOnPagesWithoutTerms: Math.max(...noTermsHeap),
    longestSliceMs: Math.max(...rows.map((row) => Number(row['longest slice ms']))),
  };
  console.log(summary);
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts', 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), summary, rows }, null, 2)}\n`);
  console.log('Wrote artifacts/bench.json');
}

async function pollStats(worker: import('playwright-core').Worker) {
  for (let i = 0; i < 300; i++) {
    const stats = (await worker.evaluate(`chrome.storage.local.get('${BENCH_SCAN_KEY}').then((items) => items['${BENCH_SCAN_KEY}'])`)) as
      | ScanStats
      | undefined;
    if (stats) return stats;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The extension never reported a scan');
}

await main();
