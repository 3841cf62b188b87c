import { describe, expect, it } from 'vitest';
import { readTopicFiles } from '../../scripts/read-topic-files';
import { allTopics } from './dataset';
import { checkTopicQuality } from './quality';
import { validateTopicFiles } from './validate';

// Every JSON file in data/topics is checked against the schema and the whole-dataset rules.
describe('the bundled dataset', () => {
  const { topics, errors } = validateTopicFiles(readTopicFiles());

  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  it('has the topics the foundation needs, and more', () => {
    expect(topics.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(topics.map((topic) => topic.id));
    for (const id of ['acetaminophen', 'gabapentin', 'epidural-steroid-injection', 'spinal-cord-stimulator', 'laminectomy', 'tens']) {
      expect(ids).toContain(id);
    }
  });

  it('meets the reading-level and content rules on every card', () => {
    const problems = topics.flatMap((topic) => checkTopicQuality(topic).problems.map((problem) => `${topic.id}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('is what the extension bundles', () => {
    expect(allTopics().map((topic) => topic.id).sort()).toEqual(topics.map((topic) => topic.id).sort());
  });
});
