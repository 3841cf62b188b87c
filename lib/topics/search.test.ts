import { describe, expect, it } from 'vitest';
import { allTopics } from './dataset';
import { createTopicSearch } from './search';

const search = createTopicSearch(allTopics());
const firstId = (query: string) => search(query)[0]?.id;

describe('topic search', () => {
  it('finds topics by title and by their other names', () => {
    expect(firstId('gabapentin')).toBe('gabapentin');
    expect(firstId('Neurontin')).toBe('gabapentin');
    expect(firstId('paracetamol')).toBe('acetaminophen');
  });

  it('forgives the typos patients make', () => {
    expect(firstId('gabapentine')).toBe('gabapentin');
    expect(firstId('lamenectomy')).toBe('laminectomy');
    expect(firstId('ibuprophen')).toBe('ibuprofen');
  });

  it('finds as you type', () => {
    expect(search('lamin').map((topic) => topic.id)).toContain('laminectomy');
  });

  it('returns nothing for an empty query or nonsense', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzqqxx')).toEqual([]);
  });
});
