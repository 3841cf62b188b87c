import { describe, expect, it } from 'vitest';
import { allBlocks } from './extract';
import { domPosition } from './ranges';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  return allBlocks(document.body).map((block) => block.text.trim());
}

describe('BlockWalker', () => {
  it('joins text across inline elements', () => {
    expect(blocksOf('<p>After <b>spinal</b> <i>fu</i>sion you rest.</p>')).toEqual(['After spinal fusion you rest.']);
  });

  it('ends a block at block elements and <br>', () => {
    expect(blocksOf('<div>spinal<div>fusion</div>after</div><p>one<br>two</p>')).toEqual(['spinal', 'fusion', 'after', 'one', 'two']);
    expect(blocksOf('<ul><li>spinal</li><li>fusion</li></ul><table><tr><td>a</td><td>b</td></tr></table>')).toEqual([
      'spinal',
      'fusion',
      'a',
      'b',
    ]);
  });

  it('skips scripts, styles, form fields, code, editable and hidden text', () => {
    expect(
      blocksOf(`<p>seen</p><script>gabapentin()</script><style>.a{}</style><textarea>typed</textarea>
        <input value="x"><pre>code</pre><p>a <code>laminectomy()</code> b</p><div contenteditable>mine</div>
        <div contenteditable="false">read</div><p hidden>hidden</p><noscript>no</noscript>`),
    ).toEqual(['seen', 'a  b', 'read']);
  });

  it('does not split a block at a comment', () => {
    expect(blocksOf('<p>spinal <!-- x --> fusion</p>')).toEqual(['spinal  fusion']);
  });

  it('reads open shadow roots', () => {
    document.body.innerHTML = '<p>light</p><x-card></x-card>';
    const host = document.querySelector('x-card')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>in the <b>shadow</b></p>';
    expect(allBlocks(document.body).map((block) => block.text)).toEqual(['light', 'in the shadow']);
  });

  it('yields nothing for an empty root', () => {
    expect(blocksOf('')).toEqual([]);
    expect(blocksOf('   \n  ')).toEqual([]);
  });

  it('maps block offsets back to the text nodes', () => {
    document.body.innerHTML = '<p>After <b>spinal</b> fusion.</p>';
    const [block] = allBlocks(document.body);
    const start = block!.text.indexOf('spinal');
    const from = domPosition(block!, start, false);
    const to = domPosition(block!, start + 'spinal fusion'.length, true);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('spinal fusion');
    expect(from.node.data).toBe('spinal');
    expect(to.node.data).toBe(' fusion.');
  });
});
