import { ContentScriptContext, defineUnlistedScript } from '#imports';
import { CARD_UI_FACTORY, type CardFactory } from '@/lib/card/contract';
import { openTermAfter } from '@/lib/card/keyboard';
import { LazyCard } from '@/lib/card/lazy-card';
import { watchPointer } from '@/lib/card/pointer';
import { leaveFactory, loadFactory } from '@/lib/injected';
import { sendMessage } from '@/lib/messaging';
import type { PageWindow } from '@/lib/page/highlighter';
import { PageTerms } from '@/lib/page/page-terms';
import { SECOND_STAGE_FACTORY, type SecondStageFactory } from '@/lib/page/stages';
import { cardLanguageOn } from '@/lib/settings-values';
import { bundledCategories } from '@/lib/topics/bundled-index';

/**
 * The content script's second stage, injected by the background where the first stage says the
 * page may name a treatment. It runs in the same isolated world and leaves the first stage a
 * factory (`lib/page/stages.ts`), which receives the index the first stage already loaded.
 */
const create: SecondStageFactory = ({ index, settings, language }) => {
  const ctx = new ContentScriptContext('page-terms');
  const win = window as PageWindow;
  const categories = bundledCategories();
  const terms = new PageTerms({
    win,
    index,
    categoryOf: (id) => categories.get(id),
    settings: settings(),
    pause: () => new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 100 })),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    isOwn: (node) => card.ownsNode(node),
    onTopicsChanged: (ids) => void sendMessage('reportFound', ids.length).catch(() => {}),
  });
  const card = new LazyCard(async () => {
    const createCard = await loadFactory<CardFactory>('card-ui', CARD_UI_FACTORY, (script) => sendMessage('inject', script));
    return createCard({
      ctx,
      settings,
      onActiveChange: (term) => terms.setActive(term),
      language: () => cardLanguageOn(settings(), language),
    });
  });
  watchPointer({ ctx, win, termAt: (x, y) => terms.termAt(x, y), card, settings });
  return {
    activate: (signal) => {
      signal.addEventListener('abort', () => card.close(), { once: true });
      return terms.activate(signal);
    },
    update: (next) => terms.update(next),
    topicIds: () => terms.topicIds(),
    moveToTerm: (direction) => openTermAfter(terms.terms(), card, direction, win),
  };
};

export default defineUnlistedScript(() => leaveFactory(SECOND_STAGE_FACTORY, create));
