/**
 * Scripts the background injects into a tab when the content script first needs them
 * (`scripting.executeScript`): the second stage, where the page may name a treatment, and the
 * card UI, when a card first opens; the Spanish names, on a Spanish page; the glossary's English names, with the second stage. Each runs in the content script's isolated world and leaves
 * its factory on that world's global, under a symbol.
 */
export const INJECTED_SCRIPTS = ['page-terms', 'card-ui', 'term-index-en', 'term-index-es'] as const;
export type InjectedScript = (typeof INJECTED_SCRIPTS)[number];

type Globals = Record<symbol, unknown>;

export function leaveFactory<T>(key: symbol, factory: T): void {
  (globalThis as Globals)[key] = factory;
}

/** The factory `script` leaves under `key`, injecting the script first if it is not there yet. */
export async function loadFactory<T>(script: InjectedScript, key: symbol, inject: (script: InjectedScript) => Promise<void>): Promise<T> {
  if (!(key in globalThis)) await inject(script);
  const factory = (globalThis as Globals)[key];
  if (!factory) throw new Error(`The ${script} script did not load`);
  return factory as T;
}
