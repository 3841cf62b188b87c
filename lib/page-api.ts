import { FIRST_STAGE } from './content-registration';

/**
 * What the popup and the background ask of a tab's content script, without any message
 * listener in the page. Registering `runtime.onMessage` in a content script costs every page
 * about a millisecond of script time (`npm run bench:startup`), so the content script's first
 * stage leaves this object on its isolated world's global instead, and the extension calls it
 * with `scripting.executeScript`, only when the popup opens or a shortcut is pressed.
 */

/** What the popup learns from the content script of the open tab (the site it takes from the tab's address). */
export interface PageState {
  /** Topic ids found on the page, most mentioned first. */
  topicIds: string[];
  /** False where the browser lacks the CSS Custom Highlight API. */
  supported: boolean;
}

export interface PageApi {
  state(): PageState;
  /** Opens the card of the next (1) or previous (-1) term on the page. */
  moveToTerm(direction: 1 | -1): Promise<void>;
}

/** The global the content script leaves its `PageApi` under, as a `Symbol.for` key. */
const PAGE_API_KEY = 'back-pain-explainer.page';

export function leavePageApi(api: PageApi): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(PAGE_API_KEY)] = api;
}

/** The part of `browser.scripting` used here (the polyfilled and the browser's own both fit). */
export interface Scripting {
  executeScript<Args extends unknown[], Result>(injection: {
    target: { tabId: number };
    func: (...args: Args) => Result;
    args: Args;
  }): Promise<Array<{ result?: Awaited<Result> }>>;
}

/** What it takes to inject the content script itself (`FIRST_STAGE`). */
export interface ScriptInjection {
  executeScript(injection: { target: { tabId: number }; files: ['/look.js'] }): Promise<unknown>;
  insertCSS(injection: { target: { tabId: number }; files: ['/highlights.css'] }): Promise<unknown>;
}

/** The content script's `PageApi` in this world (the tests of the content script read it). */
export function pageApiHere(): PageApi | undefined {
  return (globalThis as Record<symbol, PageApi | undefined>)[Symbol.for(PAGE_API_KEY)];
}

// These run in the tab, serialised: they may use nothing from this module but their arguments.
function stateIn(key: string): PageState | null {
  return (globalThis as Record<symbol, PageApi | undefined>)[Symbol.for(key)]?.state() ?? null;
}
async function moveIn(key: string, direction: 1 | -1): Promise<void> {
  await (globalThis as Record<symbol, PageApi | undefined>)[Symbol.for(key)]?.moveToTerm(direction);
}

/** The tab's page state; null where no content script runs (a browser page, a tab the extension cannot read). */
export async function readPageState(scripting: Scripting, tabId: number): Promise<PageState | null> {
  try {
    const [frame] = await scripting.executeScript({ target: { tabId }, func: stateIn, args: [PAGE_API_KEY] });
    return frame?.result ?? null;
  } catch {
    return null;
  }
}

/**
 * Injects the content script into a tab that was opened while the extension was off for it
 * (registered content scripts reach only pages loaded afterwards); nothing where it runs.
 */
export async function startContentScript(scripting: Scripting & ScriptInjection, tabId: number): Promise<void> {
  if (await readPageState(scripting, tabId)) return;
  await scripting.insertCSS({ target: { tabId }, files: [`/${FIRST_STAGE.css}`] });
  await scripting.executeScript({ target: { tabId }, files: [`/${FIRST_STAGE.js}`] });
}

/** Moves to the next or previous term in the tab (its top frame, where the content script runs). */
export async function moveToTermIn(scripting: Scripting, tabId: number, direction: 1 | -1): Promise<void> {
  await scripting.executeScript({ target: { tabId }, func: moveIn, args: [PAGE_API_KEY, direction] });
}
