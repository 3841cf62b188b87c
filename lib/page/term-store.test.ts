import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings-values';
import type { PageTerm } from './term-map';
import { TermStore, topicIdsOf, visibleTerms } from './term-store';

const term = (topicId: string, category: PageTerm['category'] = 'medicine') => ({ topicId, category }) as PageTerm;
const page = [term('gabapentin'), term('mri', 'test'), term('gabapentin'), term('laminectomy', 'surgery'), term('gabapentin')];

describe('visibleTerms', () => {
  it('shows every mention by default', () => {
    expect(visibleTerms(page, DEFAULT_SETTINGS)).toHaveLength(5);
  });

  it('shows only the first mention of each topic when asked', () => {
    const shown = visibleTerms(page, { ...DEFAULT_SETTINGS, mentions: 'first' });
    expect(shown.map((t) => t.topicId)).toEqual(['gabapentin', 'mri', 'laminectomy']);
    expect(shown[0]).toBe(page[0]);
  });

  it('hides the categories the reader switched off', () => {
    const shown = visibleTerms(page, { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, test: false } });
    expect(shown.map((t) => t.topicId)).not.toContain('mri');
  });
});

describe('topicIdsOf', () => {
  it('lists each topic once, most mentioned first', () => {
    expect(topicIdsOf(page)).toEqual(['gabapentin', 'mri', 'laminectomy']);
    expect(topicIdsOf([])).toEqual([]);
  });
});

describe('TermStore', () => {
  const node = document.createTextNode('gabapentin gabapentin');
  const at = (topicId: string, start: number, category: PageTerm['category'] = 'medicine') =>
    ({
      topicId,
      category,
      start,
      end: start + 10,
      block: { text: node.data, nodes: [node], starts: [0] },
      range: { startContainer: node, startOffset: start, endContainer: node, endOffset: start + 10 },
    }) as unknown as PageTerm;

  it('shows only the first mention of a topic also when both come in one batch, and tells when topics change', () => {
    const topics: string[][] = [];
    const store = new TermStore({ ...DEFAULT_SETTINGS, mentions: 'first' }, (ids) => topics.push(ids));
    const [first, second] = [at('gabapentin', 0), at('gabapentin', 11)];
    expect(store.append([first, second])).toEqual([first]);
    expect(store.terms()).toEqual([first]);
    expect(store.shownAt(node, 3)).toBe(first);
    expect(store.shownAt(node, 14)).toBeNull();
    expect(topics).toEqual([['gabapentin']]);
  });

  it('follows the settings on refresh, and forgets everything on clear', () => {
    const topics: string[][] = [];
    const store = new TermStore(DEFAULT_SETTINGS, (ids) => topics.push(ids));
    store.append([at('gabapentin', 0), at('gabapentin', 11)]);
    store.update({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, medicine: false } });
    expect(store.refresh()).toEqual([]);
    store.update(DEFAULT_SETTINGS);
    expect(store.refresh()).toHaveLength(2);
    store.clear();
    expect(store.refresh()).toEqual([]);
    expect(topics).toEqual([['gabapentin'], [], ['gabapentin'], []]);
  });
});
