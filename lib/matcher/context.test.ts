import { describe, expect, it } from 'vitest';
import { applyContext, CONTEXT_RADIUS } from './context';
import type { Hit, TermEntry } from './types';

const hit = (text: string, kind: TermEntry['kind']): Hit => ({
  start: 0,
  end: text.length,
  entry: { text, topicId: kind === 'health' ? '' : text, kind, caseSensitive: false },
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

  it('shows a name with another sense only near back evidence, and not where the other sense outweighs it', () => {
    expect(kept([[hit('epidural', 'spine'), hit('pain', 'health')]])).toEqual([[]]);
    expect(kept([[hit('epidural', 'spine'), hit('lumbar', 'spineWord')]])).toEqual([['epidural']]);
    expect(kept([[hit('epidural', 'spine'), hit('lower back', 'spineWord'), hit('in labour', 'otherSense')]])).toEqual([[]]);
    // One "cardiac pacemaker" in a stimulator policy full of spine words does not win.
    expect(
      kept([[hit('neurostimulator', 'spine'), hit('spine', 'spineWord'), hit('laminectomy', 'term'), hit('cardiac', 'otherSense')]])[0],
    ).toContain('neurostimulator');
  });

  it('needs evidence close to the words that are most often something else, and everyday words do not vouch for each other', () => {
    expect(kept([[hit('PT', 'sentence'), hit('pain', 'health'), hit('spine', 'health')], [hit('laminectomy', 'term')]])[0]).toEqual(['PT']);
    const sentenceOfEverydayWords = { hits: [hit('heat', 'sentence'), hit('block', 'sentence')], text: '' };
    const placed = block(sentenceOfEverydayWords.hits);
    placed.text = `${placed.text}. Then a long sentence about the weather and the roads and the rest of the week ahead.`;
    const [kept1] = applyContext([placed, block([hit('laminectomy', 'term')])]);
    expect(kept1!.map((h) => h.entry.text)).toEqual([]);
  });

  it('shows glossary words near the back, or anywhere once a page has named three treatments', () => {
    const far = Array.from({ length: CONTEXT_RADIUS + 1 }, () => [] as Hit[]);
    const glossaryLate = [hit('warfarin', 'gloss'), hit('pain', 'health'), hit('doctor', 'health')];
    expect(kept([[hit('laminectomy', 'term')], ...far, glossaryLate]).at(-1)).toEqual([]);
    const threeTreatments = [hit('laminectomy', 'term'), hit('gabapentin', 'term'), hit('discectomy', 'term')];
    expect(kept([threeTreatments, ...far, glossaryLate]).at(-1)).toEqual(['warfarin']);
  });
});
