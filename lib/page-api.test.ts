import { describe, expect, it, vi } from 'vitest';
import { type PageApi, type PageState, pageApiHere, leavePageApi, moveToTermIn, readPageState, startContentScript } from './page-api';

const STATE: PageState = { topicIds: ['gabapentin'], supported: true };

/** `browser.scripting` over this test's own global, as if it were the tab's isolated world. */
function fakeScripting(options: { unreachable?: boolean } = {}) {
  const injected: string[] = [];
  return {
    injected,
    executeScript: vi.fn(async (injection: { func?: (...args: unknown[]) => unknown; args?: unknown[]; files?: string[] }) => {
      if (options.unreachable) throw new Error('Cannot access contents of the page');
      if (injection.files) {
        injected.push(...injection.files);
        return [];
      }
      return [{ result: await injection.func!(...injection.args!) }];
    }),
    insertCSS: vi.fn(async ({ files }: { files: string[] }) => {
      injected.push(...files);
    }),
  };
}

describe('the page API', () => {
  it('answers the popup and the shortcuts through the object the content script leaves', async () => {
    const api: PageApi = { state: () => STATE, moveToTerm: vi.fn(async () => {}) };
    leavePageApi(api);
    expect(pageApiHere()).toBe(api);
    const scripting = fakeScripting();
    expect(await readPageState(scripting as never, 1)).toEqual(STATE);
    await moveToTermIn(scripting as never, 1, -1);
    expect(api.moveToTerm).toHaveBeenCalledWith(-1);
    // Running already: nothing injected.
    await startContentScript(scripting as never, 1);
    expect(scripting.injected).toEqual([]);
  });

  it('injects the content script and its styles where none runs, and reads null where the page is out of reach', async () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('back-pain-explainer.page')] = undefined;
    const scripting = fakeScripting();
    expect(await readPageState(scripting as never, 1)).toBeNull();
    await startContentScript(scripting as never, 1);
    expect(scripting.injected).toEqual(['/highlights.css', '/look.js']);
    expect(await readPageState(fakeScripting({ unreachable: true }) as never, 1)).toBeNull();
  });
});
