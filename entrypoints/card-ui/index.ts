import { defineUnlistedScript } from '#imports';
import { CARD_UI_FACTORY, type CardFactory } from '@/lib/page/lazy-card';
import { PageCard } from './page-card';

/**
 * The card UI, injected by the background into a tab the first time a card opens there (see
 * `LazyCard`). It runs in the same isolated world as the content script and leaves it a
 * factory; nothing here touches the page.
 */
export default defineUnlistedScript(() => {
  const factory: CardFactory = (deps) => new PageCard(deps);
  (globalThis as Record<symbol, unknown>)[CARD_UI_FACTORY] = factory;
});
