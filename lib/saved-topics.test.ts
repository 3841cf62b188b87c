import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import gabapentin from '../data/topics/gabapentin.json';
import { doctorListText } from './doctor-list';
import { loadSaved, toggleSaved } from './saved-topics';
import type { Topic } from './topics/types';

describe('saved topics', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and toggles topics in and out, in the order saved', async () => {
    expect(await loadSaved()).toEqual([]);
    await toggleSaved('laminectomy');
    expect(await toggleSaved('gabapentin')).toEqual(['laminectomy', 'gabapentin']);
    expect(await toggleSaved('laminectomy')).toEqual(['gabapentin']);
  });

  it('survives malformed stored values', async () => {
    await fakeBrowser.storage.local.set({ savedTopics: ['a', 3, null, 'a', ''] });
    expect(await loadSaved()).toEqual(['a']);
    await fakeBrowser.storage.local.set({ savedTopics: 'nope' });
    expect(await loadSaved()).toEqual([]);
  });

  it('formats the list as plain text with every question', () => {
    const topic = gabapentin as Topic;
    const text = doctorListText([topic], 'Questions for my doctor');
    expect(text.startsWith('Questions for my doctor\n\nGabapentin\n')).toBe(true);
    for (const question of topic.sections.questions) expect(text).toContain(`- ${question}`);
  });
});
