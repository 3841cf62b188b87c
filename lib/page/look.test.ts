import { describe, expect, it } from 'vitest';
import { applyContext } from '../matcher/context';
import { findHits } from '../matcher/match';
import { bundledIndex } from '../topics/bundled-index';
import { changesMayName, PageEvidence, pageMayName } from './look';
import { chunksOf } from './rendered-text';

const index = bundledIndex();

/** The look over one text, in the steps it reads a page's rendered text. */
function mayName(text: string): boolean {
  const evidence = new PageEvidence();
  return [...chunksOf(text)].some((chunk) => evidence.add(findHits(chunk, index), chunk));
}

describe('PageEvidence', () => {
  it('says no for text that names nothing, or only everyday words without health around them', () => {
    expect(mayName('Banana bread\nHeat the oven and let the batter rest.')).toBe(false);
    expect(mayName('')).toBe(false);
    expect(mayName('Heat the pan. The pain of the weekend traffic.')).toBe(false);
  });

  it('says maybe for any unambiguous name, in any block', () => {
    expect(mayName('Weather\nSport\nShe takes gabapentin.')).toBe(true);
    expect(mayName('Ask about NSAIDs')).toBe(true);
  });

  it('says maybe for an everyday name when the page holds enough health words, wherever they are', () => {
    expect(mayName('Heat helps.\n\n\n\n\nBack pain and sciatica after surgery.')).toBe(true);
  });

  it('keeps what it has seen: text that appears later adds to it', () => {
    const evidence = new PageEvidence();
    const add = (text: string) => evidence.add(findHits(text, index), text);
    expect(add('Ice helps the pain.')).toBe(false);
    expect(add('')).toBe(false);
    expect(add('Sciatica too.')).toBe(true);
  });

  it('says no for an everyday word with no evidence in its own sentence, line or cell, as the rule does', () => {
    const health = '\nThe pain runs along the nerve.';
    expect(mayName(`Two blocks from the station, a new cafe.${health}`)).toBe(false);
    expect(mayName(`The core team shipped it on Friday.${health}`)).toBe(false);
    expect(mayName(`Ice eases the pain.${health}`)).toBe(true);
    expect(mayName(`Treatments\nIce\tCold packs for 20 minutes${health}`)).toBe(true);
  });

  it('never says no where the context rule keeps a name, on random pages of real names and health words', () => {
    // A page is a list of blocks; the rule decides per block and its neighbours, the look per page.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const words = index.keys.filter((_, k) => index.owners[k]!.kind !== 'term' || random() < 0.02);
    const filler = ['the', 'weather', 'and', 'a', 'report', 'on', 'Friday', 'with', 'news', 'of'];
    let kept = 0;
    for (let page = 0; page < 400; page++) {
      const blocks = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        Array.from({ length: Math.floor(random() * 8) }, () => (random() < 0.3 ? pick(words) : pick(filler))).join(' '),
      );
      const keptByRule = applyContext(blocks.map((text) => ({ hits: findHits(text, index), text }))).some((hits) => hits.length > 0);
      if (keptByRule) kept++;
      if (keptByRule) expect(mayName(blocks.join('\n')), blocks.join(' | ')).toBe(true);
    }
    expect(kept).toBeGreaterThan(50);
  });
});

const now = { signal: new AbortController().signal, sliceMs: 12, pause: async () => {} };

describe('pageMayName', () => {
  it('looks at the page and at its open shadow roots', async () => {
    document.body.innerHTML = '<p>Weather and sport.</p><x-card></x-card>';
    expect(await pageMayName(document.body, index, new PageEvidence(), now)).toBe(false);
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>She takes <b>gabapentin</b>.</p>';
    expect(await pageMayName(document.body, index, new PageEvidence(), now)).toBe(true);
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = `${'<p>Weather and sport.</p>'.repeat(50)}<p>gabapentin</p>`;
    const stop = new AbortController();
    stop.abort();
    expect(await pageMayName(document.body, index, new PageEvidence(), { ...now, signal: stop.signal, sliceMs: 0 })).toBe(false);
  });
});

describe('changesMayName', () => {
  it('reads the blocks that changed, with what the page held before', () => {
    document.body.innerHTML = '<p>The pain runs along the nerve.</p><p id="new">Heat eases the pain.</p>';
    const evidence = new PageEvidence();
    expect(changesMayName([document.body.firstElementChild!], index, evidence)).toBe(false);
    expect(changesMayName([document.getElementById('new')!], index, evidence)).toBe(true);
  });
});
