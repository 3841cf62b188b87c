import { describe, expect, it } from 'vitest';
import { applyContext, CONTEXT_RADIUS } from './context';
import type { Hit, TermEntry } from './types';

const hit = (text: string, kind: TermEntry['kind']): Hit => ({
  start: 0, end: text.length, entry: { text, topicId: kind === 'health' ? '' : text, kind, caseSensitive: false },
});
/** Each block's hits laid out one after another as its text, in one sentence. */
function block(hits: Hit[]): { hits: Hit[]; text: string } {
  let text = '';
  const placed = hits.map((h) => {
    const start = text.length;
    text += `${h.entry.text} `;
    return { ...h, start, end: start + h.entry.text.length };
  });
  return { hits: placed, text };
}
const kept = (blocks: Hit[][]) => applyContext(blocks.map(block)).map((hits) => hits.map((h) => h.entry.text));

describe('applyContext', () => {
  it('keeps unambiguous names everywhere and never shows health words', () => {
    expect(kept([[hit('gabapentin', 'term'), hit('pain', 'health')]])).toEqual([['gabapentin']]);
  });

  it('drops everyday words in a block that is not about health', () => {
    expect(kept([[hit('heat', 'context')], [hit('block', 'context')]])).toEqual([[], []]);
  });

  it('keeps everyday words next to a treatment name or two health words', () => {
    expect(kept([[hit('block', 'context')], [hit('laminectomy', 'term')]])).toEqual([['block'], ['laminectomy']]);
    expect(kept([[hit('pain', 'health'), hit('spine', 'health')], [hit('heat', 'context')]])).toEqual([[], ['heat']]);
  });

  it('one health word is not enough', () => {
    expect(kept([[hit('pain', 'health'), hit('heat', 'context')]])).toEqual([[]]);
  });

  it('decides per neighbourhood, not per page', () => {
    const far = Array.from({ length: CONTEXT_RADIUS + 1 }, () => [] as Hit[]);
    expect(kept([[hit('laminectomy', 'term')], ...far, [hit('heat', 'context')]]).at(-1)).toEqual([]);
  });
});
