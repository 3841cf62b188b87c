/**
 * `npm run bench:profile`: where the content script's time goes on pages that name nothing. A
 * V8 CPU profile (DevTools `Profiler`, 25 µs sampling) of each load of PROFILE_PAGES (default
 * three corpus pages) with the benchmark build, unminified so that functions keep their names;
 * prints the self time of each function of ours, per load. Sampling slows the code several
 * times over: read the shares, not the milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchWithExtension } from '../../support/chromium';
import { serveStatic } from '../../support/static-server';
import { CORPUS_DIR, ROOT } from '../../support/paths';

const PAGES = (process.env.PROFILE_PAGES ?? 'rtl-1.html,ars-1.html,wikipedia-2.html').split(',');
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NO_MINIFY: '1' } });
const server = await serveStatic([CORPUS_DIR]);
const browser = await launchWithExtension({ extensionDir: join(ROOT, '.output', 'chrome-mv3-bench') });
const selfMs = new Map<string, number>();
let loads = 0;
for (const path of PAGES) {
  for (let run = 0; run < RUNS; run++, loads++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/nojs/${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
    // A sample is ours when any frame on its stack comes from the extension.
    const ours = (id: number) => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        if (nodes.get(at)!.callFrame.url.startsWith('chrome-extension://')) return true;
      return false;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      if (!ours(samples[i]!)) continue;
      const { functionName, url, lineNumber } = nodes.get(samples[i]!)!.callFrame;
      const key = `${functionName || '(top level)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
  }
}
await browser.close();
await server.close();
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
console.log(`Samples with our code on the stack: ${(total / loads).toFixed(1)} ms per load (${loads} loads, profiler overhead included)`);
for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${((100 * ms) / total).toFixed(1).padStart(5)} %  ${(ms / loads).toFixed(2).padStart(6)} ms  ${name}`);
}
