import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from './commands';
import { loadSettings } from './settings';

describe('runCommand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves to the next and previous term in the tab', async () => {
    const moveToTerm = vi.fn(async () => {});
    await runCommand('next-term', 7, { moveToTerm });
    await runCommand('previous-term', 7, { moveToTerm });
    expect(moveToTerm.mock.calls).toEqual([
      [7, 1],
      [7, -1],
    ]);
  });

  it('switches the extension off and on', async () => {
    const moveToTerm = vi.fn(async () => {});
    await runCommand('toggle-extension', undefined, { moveToTerm });
    expect((await loadSettings()).enabled).toBe(false);
    await runCommand('toggle-extension', undefined, { moveToTerm });
    expect((await loadSettings()).enabled).toBe(true);
  });

  it('ignores unknown commands and tabs it cannot reach', async () => {
    const moveToTerm = vi.fn(async () => {});
    await runCommand('other', 1, { moveToTerm });
    await runCommand('next-term', undefined, { moveToTerm });
    expect(moveToTerm).not.toHaveBeenCalled();
  });
});
