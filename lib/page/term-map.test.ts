import { describe, expect, it } from 'vitest';
import { allBlocks } from './extract';
import { type PageTerm, TermMap } from './term-map';

/** A term over `start`..`end` of the block, with a plain object standing in for the StaticRange. */
function termIn(block: ReturnType<typeof allBlocks>[number], start: number, end: number): PageTerm {
  const at = (offset: number, atEnd: boolean) => {
    let i = block.starts.length - 1;
    while (i > 0 && (block.starts[i]! > offset || (atEnd && block.starts[i] === offset))) i--;
    return { node: block.nodes[i]!, offset: offset - block.starts[i]! };
  };
  const from = at(start, false);
  const to = at(end, true);
  const range = {
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  } as unknown as StaticRange;
  return { topicId: 'spinal-fusion', kind: 'term', text: block.text.slice(start, end), block, start, end, category: 'surgery', range };
}

describe('TermMap', () => {
  document.body.innerHTML = '<p>After <b>spinal</b> fusion you rest.</p>';
  const [block] = allBlocks(document.body);
  const start = block!.text.indexOf('spinal');
  const term = termIn(block!, start, start + 'spinal fusion'.length);
  const map = new TermMap();
  map.add(term);
  const [, bold, after] = block!.nodes;

  it('finds the term from any text node it covers', () => {
    expect(map.at(bold!, 2)).toBe(term);
    expect(map.at(after!, 3)).toBe(term);
  });

  it('does not claim text outside the term in a shared node', () => {
    expect(map.at(after!, 12)).toBeNull();
    expect(map.at(block!.nodes[0]!, 1)).toBeNull();
  });

  it('forgets pruned terms', () => {
    expect(map.prune((t) => t === term)).toEqual([term]);
    expect(map.at(bold!, 2)).toBeNull();
    expect(map.all()).toEqual([]);
  });
});
