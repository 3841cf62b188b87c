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

  it('finds Spanish cards by Spanish and English names, ignoring accents', () => {
    const spanish = createTopicSearch(allTopics('es'), [], { topics: allTopics('en'), glossary: [] });
    expect(spanish('laminectomia')[0]?.title).toBe(allTopics('es').find((t) => t.id === 'laminectomy')!.title);
    expect(spanish('laminectomía')[0]?.id).toBe('laminectomy');
    expect(spanish('ciatica')[0]?.id).toBe('sciatica');
    expect(spanish('sciatica')[0]?.id).toBe('sciatica');
  });

  it('finds English cards by their Spanish names', () => {
    const english = createTopicSearch(allTopics('en'), [], { topics: allTopics('es'), glossary: [] });
    expect(english('hernia de disco')[0]?.id).toBe('herniated-disc');
  });
});
