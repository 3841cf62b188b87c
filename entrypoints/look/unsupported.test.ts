import { describe, expect, it } from 'vitest';
import { pageApiHere } from '@/lib/page-api';
import contentScript from './index';

// happy-dom has no CSS Custom Highlight API, like Safari before 17.2 and Firefox before 140.
describe('the content script in a browser without the CSS Custom Highlight API', () => {
  it('changes nothing on the page and tells the popup it is off', async () => {
    document.body.innerHTML = '<p>After a <b>laminectomy</b> some people take gabapentin.</p>';
    const before = document.documentElement.outerHTML;
    expect('Highlight' in globalThis).toBe(false);
    await contentScript.main();
    const state = pageApiHere()?.state();
    expect(state).toMatchObject({ topicIds: [], supported: false });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
