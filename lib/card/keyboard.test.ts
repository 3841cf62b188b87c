import { describe, expect, it } from 'vitest';
import type { PageTerm } from '../page/term-map';
import { termAfter } from './keyboard';

const terms = ['a', 'b', 'c'].map((topicId) => ({ topicId }) as PageTerm);

describe('termAfter', () => {
  it('walks forward and back, wrapping at the ends', () => {
    expect(termAfter(terms, null, 1)).toBe(terms[0]);
    expect(termAfter(terms, null, -1)).toBe(terms[2]);
    expect(termAfter(terms, terms[0]!, 1)).toBe(terms[1]);
    expect(termAfter(terms, terms[2]!, 1)).toBe(terms[0]);
    expect(termAfter(terms, terms[0]!, -1)).toBe(terms[2]);
  });

  it('has nowhere to go on a page without terms', () => {
    expect(termAfter([], null, 1)).toBeNull();
  });
});
