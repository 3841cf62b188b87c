import { type ContentScriptContext, defineContentScript } from '#imports';
import { guarded, logError } from '@/lib/guard';
import { onMessage, sendMessage } from '@/lib/messaging';
import { watchChanges } from '@/lib/page/changes';
import { highlightsSupported, type PageWindow } from '@/lib/page/highlighter';
import { termAfter } from '@/lib/page/keyboard-nav';
import { CARD_UI_FACTORY, type CardFactory, LazyCard } from '@/lib/page/lazy-card';
import { isReadablePage } from '@/lib/page/page-kind';
import { watchPointer } from '@/lib/page/pointer';
import { TermSession } from '@/lib/page/term-session';
import { isActiveOn, loadSettings, type Settings, siteOf, watchSettings } from '@/lib/settings';
import { bundledCategories, bundledIndex } from '@/lib/topics/bundled-index';

async function start(ctx: ContentScriptContext): Promise<void> {
  if (!isReadablePage(document)) return;
  const win = window as PageWindow;
  const site = siteOf(location.href);
  if (!highlightsSupported(win)) {
    onMessage('getPageState', () => ({ site, topicIds: [], supported: false }));
    return;
  }
  let settings = await loadSettings();
  const categories = bundledCategories();
  const session = new TermSession(
    {
      win,
      index: bundledIndex(),
      categoryOf: (id) => categories.get(id),
      pause: () => new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 100 })),
      onTopicsChanged: (ids) => void sendMessage('reportFound', ids.length).catch(() => {}),
    },
    settings,
  );
  const card = new LazyCard(async () => {
    await sendMessage('loadCardUi');
    const create = (globalThis as Record<symbol, unknown>)[CARD_UI_FACTORY] as CardFactory | undefined;
    if (!create) throw new Error('The card UI did not load');
    return create({ ctx, settings: () => settings, onActiveChange: (term) => session.setActive(term) });
  });
  watchPointer({ ctx, win, termAt: (x, y) => session.termAt(x, y), card, settings: () => settings });
  onMessage('getPageState', () => ({ site, topicIds: session.topicIds(), supported: true }));
  onMessage('moveToTerm', guarded(({ data: direction }: { data: 1 | -1 }) => {
    const term = termAfter(session.terms(), card.current(), direction);
    if (!term) return;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
    return card.open(term, 'keyboard');
  }));

  let active = false;
  let run = 0;
  let stopWatching: (() => void) | null = null;
  const startScanning = async () => {
    const thisRun = ++run;
    const stats = await session.scan(document.body, true);
    if (thisRun !== run) return;
    // Only the benchmark build reports timings: other pages never wake the background for it.
    if (import.meta.env.MODE === 'bench') void sendMessage('reportScan', { ...stats, terms: session.terms().length }).catch(() => {});
    // Pages change after load; watch from the end of the first scan so nothing is found twice.
    stopWatching = watchChanges(document.body, {
      isOwn: (node) => card.ownsNode(node),
      periodMs: 250,
      setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
      onChanges: guarded(({ roots, removed }: { roots: Element[]; removed: boolean }) => {
        if (removed) session.prune();
        if (roots.length) return session.rescan(roots);
      }),
    });
  };
  const apply = () => {
    const shouldBeActive = isActiveOn(settings, site);
    if (shouldBeActive && !active) {
      active = true;
      startScanning().catch(logError);
    }
    if (!shouldBeActive && active) {
      active = false;
      run++;
      stopWatching?.();
      stopWatching = null;
      card.close();
      session.stop();
    }
    session.update(settings);
  };
  apply();
  ctx.onInvalidated(watchSettings(guarded((next: Settings) => {
    settings = next;
    apply();
  })));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    // Errors stay ours: a failure here must never surface in the page's console as uncaught.
    start(ctx).catch(logError);
  },
});
