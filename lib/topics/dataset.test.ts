import { describe, expect, it } from 'vitest';
import { readDataset } from '../../support/read-topic-files';
import { allTopics } from './dataset';
import { checkGlossaryQuality, checkTopicQuality } from './quality';
import { validateDataset } from './validate';

// Every JSON file in data/topics is checked against the schema and the whole-dataset rules.
describe('the bundled dataset', () => {
  const { topics, glossary, errors } = validateDataset(readDataset());

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
    const problems = [...topics.map((t) => checkTopicQuality(t)), ...glossary.map((g) => checkGlossaryQuality(g))].flatMap((report) =>
      report.problems.map((problem) => `${report.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('is what the extension bundles', () => {
    expect(
      allTopics()
        .map((topic) => topic.id)
        .sort(),
    ).toEqual(topics.map((topic) => topic.id).sort());
  });

  it('has every topic and glossary word in Spanish too, each valid and at the Spanish reading level', () => {
    const spanish = validateDataset({ ...readDataset('es'), english: { topics, glossary } });
    expect(spanish.errors).toEqual([]);
    expect(spanish.topics.map((topic) => topic.id).sort()).toEqual(topics.map((topic) => topic.id).sort());
    expect(spanish.glossary.map((entry) => entry.id).sort()).toEqual(glossary.map((entry) => entry.id).sort());
    const problems = [
      ...spanish.topics.map((t) => checkTopicQuality(t, 'es')),
      ...spanish.glossary.map((g) => checkGlossaryQuality(g, 'es')),
    ].flatMap((report) => report.problems.map((problem) => `${report.id}: ${problem}`));
    expect(problems).toEqual([]);
    // The safety content of each English card, line for line.
    for (const topic of spanish.topics) {
      const english = topics.find((t) => t.id === topic.id)!;
      const shape = (t: typeof topic) => ({
        boxed: Boolean(t.safety.boxedWarning),
        checkFirst: t.safety.checkFirst?.map((line) => line.group),
        before: t.safety.before?.map((line) => line.group),
        afterwards: t.safety.afterwards?.length,
        warningSigns: t.safety.warningSigns?.length,
      });
      expect(shape(topic), topic.id).toEqual(shape(english));
    }
  });
});
