import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings-values';
import type { PageTerm } from './term-map';
import { topicIdsOf, visibleTerms } from './term-store';

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
