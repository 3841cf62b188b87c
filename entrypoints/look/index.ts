import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { guarded, logError } from '@/lib/guard';
import { type InjectedScript, loadFactory } from '@/lib/injected';
import { sendMessage } from '@/lib/messaging';
import { leavePageApi, pageApiHere } from '@/lib/page-api';
import { FirstStage } from '@/lib/page/first-stage';
import { highlightsSupported, type PageWindow } from '@/lib/page/highlighter';
import { PageLifeCycle } from '@/lib/page/life-cycle';
import { isReadablePage } from '@/lib/page/page-kind';
import { extensionApi } from '@/lib/page/extension-api';
import { BENCH_SCAN_KEY, SECOND_STAGE_FACTORY, type SecondStageFactory } from '@/lib/page/stages';
import { readSettings, watchStoredSettings } from '@/lib/settings-storage';
import { DEFAULT_SETTINGS, type Settings, siteOf } from '@/lib/settings-values';
import { type PackedIndex, unpackIndex } from '@/lib/matcher/packed';
import type { CompiledIndex } from '@/lib/matcher/types';
import { pageLanguage } from '@/lib/page/language';
import { bundledIndex } from '@/lib/topics/bundled-index';
import { ENGLISH_FULL_INDEX, SPANISH_INDEX } from '@/lib/topics/index-keys';
import type { Language } from '@/lib/topics/types';

/**
 * The content script's first stage, on every http(s) page the extension is on for: the
 * background registers it there (`lib/content-registration.ts`). A plain script: no WXT content-script runtime and no WebExtension polyfill,
 * which cost every page about a millisecond each, but the browser's own API (`extensionApi`). It
 * decides whether the page may name a treatment; the second stage (`entrypoints/page-terms/`)
 * is injected only where it may (see `FirstStage`).
 */
export default defineUnlistedScript(() => {
  // Injected into an open tab when the extension turns on there, it may meet itself.
  if (!isReadablePage(document) || pageApiHere()) return;
  const win = window as PageWindow;
  const site = siteOf(location.href);
  // Asked only when needed: each page interface touched costs every page a little to set up.
  const supported = () => highlightsSupported(win);
  let settings: Settings = DEFAULT_SETTINGS;
  const inject = (script: InjectedScript) => sendMessage('inject', script);
  // The page's language and its names are decided at the first activation, so an extension that
  // is off for the page reads nothing of it; a Spanish page then loads the Spanish names.
  let language: Language = 'en';
  let loadIndex: () => CompiledIndex = bundledIndex;
  let prepared: Promise<void> | null = null;
  const prepare = () =>
    (prepared ??= (async () => {
      language = pageLanguage(document);
      if (language !== 'es') return;
      const packed = await loadFactory<PackedIndex>('term-index-es', SPANISH_INDEX, inject);
      loadIndex = () => unpackIndex(packed);
    })());
  const stage = new FirstStage({
    win,
    canShow: supported,
    prepare,
    loadIndex: () => loadIndex(),
    language: () => language,
    // Spanish names come with their glossary; English ones load it with the second stage.
    loadFullIndex: async () =>
      language === 'es' ? undefined : unpackIndex(await loadFactory<PackedIndex>('term-index-en', ENGLISH_FULL_INDEX, inject)),
    settings: () => settings,
    beforeShowing: () => follow(),
    loadSecondStage: () => loadFactory<SecondStageFactory>('page-terms', SECOND_STAGE_FACTORY, inject),
    // Only the benchmark build reports timings, where `npm run bench` reads them.
    ...(import.meta.env.MODE === 'bench'
      ? { report: (stats) => void extensionApi.storage.local.set({ [BENCH_SCAN_KEY]: stats }).catch(logError) }
      : {}),
  });
  // For the popup and the keyboard shortcuts, which call it only when used (`lib/page-api.ts`).
  leavePageApi({
    state: () => ({ topicIds: stage.topicIds(), supported: supported() }),
    moveToTerm: (direction) => stage.moveToTerm(direction),
  });
  const lifeCycle = new PageLifeCycle({
    site,
    activate: (signal) => stage.activate(signal),
    onSettings: (next) => {
      settings = next;
      stage.update(next);
    },
  });
  const apply: (next: Settings) => void = guarded((next: Settings) => lifeCycle.apply(next));
  // The script is registered, or injected, only where the extension is on
  // (`lib/content-registration.ts`), so it starts as on without reading the settings, which
  // would cost every page about a millisecond. A page that names nothing shows nothing, so the
  // settings matter only once it may name a treatment: it reads them then (it may have been
  // turned off, or restyled, since) and follows their changes from there on.
  let following = false;
  const follow = async (): Promise<void> => {
    if (following) return;
    following = true;
    watchStoredSettings(extensionApi.storage, apply);
    apply(await readSettings(extensionApi.storage));
  };
  apply(DEFAULT_SETTINGS);
});
