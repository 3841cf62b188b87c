import { describe, expect, it } from 'vitest';
import gabapentin from '../../data/topics/gabapentin.json';
import { checkTopicQuality, maskOwnNames } from './quality';
import type { Topic } from './types';

const topic = gabapentin as Topic;
const withSummary = (summary: string): Topic => ({ ...topic, summary });

describe('checkTopicQuality', () => {
  it('passes a card written to the style guide', () => {
    expect(checkTopicQuality(topic).problems).toEqual([]);
  });

  it('does not count the topic’s own name against the grade', () => {
    expect(maskOwnNames(topic, 'Gabapentin and Neurontin help.')).toBe('It and it help.');
  });

  it('flags hard summaries, long sentences, doses and advice', () => {
    const hard = withSummary(
      'Gabapentin constitutes an anticonvulsant pharmacological intervention administered for neuropathic radicular symptomatology.',
    );
    expect(checkTopicQuality(hard).problems.join()).toMatch(/summary grade/);
    const long = withSummary(`It helps. ${'It is a very long sentence that goes on and on '.repeat(3)}today.`);
    expect(checkTopicQuality(long).problems.join()).toMatch(/sentence of \d+ words/);
    expect(checkTopicQuality(withSummary('It helps nerve pain. Most people take 300 mg.')).problems.join()).toMatch(/dose/);
    expect(checkTopicQuality(withSummary('It helps nerve pain. You should take it at night.')).problems.join()).toMatch(/advice/);
  });

  it('wants a trusted source', () => {
    const untrusted = { ...topic, sources: [{ publisher: 'A blog', title: 'My take', url: 'https://example.com/post' }] };
    expect(checkTopicQuality(untrusted).problems.join()).toMatch(/trusted publisher/);
  });
});
