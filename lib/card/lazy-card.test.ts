import { describe, expect, it, vi } from 'vitest';
import type { PageTerm } from '../page/term-map';
import type { CardHandle } from './contract';
import { LazyCard } from './lazy-card';

function fakeCard(): CardHandle & { opened: PageTerm[] } {
  let current: PageTerm | null = null;
  const opened: PageTerm[] = [];
  return {
    opened,
    open: (term) => {
      current = term;
      opened.push(term);
    },
    close: () => {
      current = null;
    },
    isOpen: () => current !== null,
    current: () => current,
    owns: () => false,
    ownsNode: () => false,
  };
}

const term = (topicId: string) => ({ topicId }) as PageTerm;

describe('LazyCard', () => {
  it('loads the card UI once, on the first open, and opens only the latest term asked for', async () => {
    const card = fakeCard();
    const load = vi.fn(async () => card);
    const lazy = new LazyCard(load);
    expect(lazy.isOpen()).toBe(false);
    const first = lazy.open(term('gabapentin'), 'point');
    expect(lazy.current()?.topicId).toBe('gabapentin');
    const second = lazy.open(term('laminectomy'), 'point');
    await Promise.all([first, second]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(card.opened.map((t) => t.topicId)).toEqual(['laminectomy']);
    await lazy.open(term('mri'), 'keyboard');
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.current()?.topicId).toBe('mri');
  });

  it('opens nothing when closed while the UI loads', async () => {
    const card = fakeCard();
    const lazy = new LazyCard(async () => card);
    const opening = lazy.open(term('gabapentin'), 'point');
    lazy.close();
    await opening;
    expect(card.opened).toEqual([]);
    expect(lazy.current()).toBeNull();
  });

  it('swallows a failed load (callers are event handlers) and tries again on the next open', async () => {
    const card = fakeCard();
    const load = vi.fn().mockRejectedValueOnce(new Error('no tab')).mockResolvedValue(card);
    const lazy = new LazyCard(load);
    await expect(lazy.open(term('gabapentin'), 'point')).resolves.toBeUndefined();
    expect(card.opened).toHaveLength(0);
    expect(lazy.current()).toBeNull();
    await lazy.open(term('gabapentin'), 'point');
    expect(card.opened).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
