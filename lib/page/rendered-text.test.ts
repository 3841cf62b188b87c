import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../topics/bundled-index';
import { mayHoldTerms, partsToWalk } from './rendered-text';

const index = bundledIndex();

describe('mayHoldTerms', () => {
  it('says no for text that names nothing, or only everyday words without health around them', () => {
    expect(mayHoldTerms('Banana bread\nHeat the oven and let the batter rest.', index)).toBe(false);
    expect(mayHoldTerms('', index)).toBe(false);
    expect(mayHoldTerms('Heat the pan. The pain of the weekend traffic.', index)).toBe(false);
  });

  it('says maybe for any unambiguous name, in any block', () => {
    expect(mayHoldTerms('Weather\nSport\nShe takes gabapentin.', index)).toBe(true);
    expect(mayHoldTerms('Ask about NSAIDs', index)).toBe(true);
  });

  it('says maybe for an everyday name when the page holds enough health words, wherever they are', () => {
    expect(mayHoldTerms('Heat helps.\n\n\n\n\nBack pain and sciatica after surgery.', index)).toBe(true);
  });
});

describe('partsToWalk', () => {
  it('keeps the whole root when its text may hold names, else only its open shadow roots', () => {
    document.body.innerHTML = '<p>Bananas</p><my-card></my-card><other-card></other-card>';
    const shadow = document.querySelector('my-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>gabapentin</p>';
    // happy-dom has innerText but no XPath: everything is walked there, as in the scan CLI.
    const xpath = typeof document.evaluate === 'function';
    expect(partsToWalk(document.body, index)).toEqual(xpath ? [shadow] : [document.body]);
    document.body.innerHTML = '<p>Ibuprofen</p>';
    expect(partsToWalk(document.body, index)).toEqual([document.body]);
  });
});
