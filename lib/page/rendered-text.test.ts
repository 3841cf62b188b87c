import { describe, expect, it } from 'vitest';
import { chunksOf, worthALook } from './rendered-text';

describe('chunksOf', () => {
  const name = 'spinal cord stimulator';

  it('steps through the text at line breaks, in overlapping steps that cover all of it', () => {
    const line = `${'weather and sport and gardens '.repeat(40)}\n`;
    const text = line.repeat(60) + name + line.repeat(60);
    const chunks = [...chunksOf(text)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.filter((chunk) => chunk.includes(name))).toHaveLength(1);
    expect(chunks.join('').length).toBeGreaterThanOrEqual(text.length);
    expect(chunks.at(-1)!.endsWith(line)).toBe(true);
  });

  it('never cuts a name in two, also in text without line breaks', () => {
    for (const at of [16_384 - 30, 16_384 - 10, 16_384 - 1, 16_384, 2 * 16_384 - 96 - 5]) {
      const text = `${'x '.repeat(at / 2)}${at % 2 ? ' ' : ''}${name} ${'y '.repeat(20_000)}`;
      expect([...chunksOf(text)].some((chunk) => chunk.includes(name))).toBe(true);
    }
  });

  it('gives nothing for no text', () => {
    expect([...chunksOf('')]).toEqual([]);
  });
});

describe('worthALook', () => {
  it('looks first on pages of many elements and little text, and walks text-dense pages at once', () => {
    document.body.innerHTML = `<nav>${'<a href="#">Home</a>'.repeat(50)}</nav><p>Short story.</p>`;
    expect(worthALook(document.body, `${'Home '.repeat(50)}Short story.`)).toBe(true);
    const rfc = 'Network Working Group. '.repeat(2000);
    document.body.innerHTML = `<pre>${rfc}</pre>`;
    expect(worthALook(document.body, rfc)).toBe(false);
  });
});
