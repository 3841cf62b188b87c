import { defineUnlistedScript } from '#imports';
import { CARD_UI_FACTORY, type CardFactory } from '@/lib/card/contract';
import { leaveFactory } from '@/lib/injected';
import { PageCard } from './page-card';

/**
 * The card UI, injected by the background into a tab the first time a card opens there (see
 * `LazyCard`). It runs in the same isolated world as the page code and leaves it a factory
 * (`lib/card/contract.ts`); nothing here touches the page.
 */
export default defineUnlistedScript(() => leaveFactory<CardFactory>(CARD_UI_FACTORY, (deps) => new PageCard(deps)));
