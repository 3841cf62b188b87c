import { describe, expect, it } from 'vitest';
import gabapentin from '../../data/topics/gabapentin.json';
import wordListSchema from '../../data/word-list.schema.json';
import { parseJsonFile, validateAgainst, validateDataset, validateTopicFiles } from './validate';

const valid = {
  ...gabapentin,
  related: [],
  misspellings: [],
  safety: { checkFirst: [{ group: 'pregnancy', text: 'You are pregnant or breastfeeding.' }] },
};
const file = (content: unknown, name = 'gabapentin') => ({ file: `data/topics/${name}.json`, content });

describe('validateTopicFiles', () => {
  it('accepts a valid topic', () => {
    const { topics, errors } = validateTopicFiles([file(valid)]);
    expect(errors).toEqual([]);
    expect(topics).toHaveLength(1);
  });

  it('names the file and the field of a bad value', () => {
    const { errors } = validateTopicFiles([file({ ...valid, category: 'magic' })]);
    expect(errors).toEqual([expect.stringMatching(/^data\/topics\/gabapentin\.json: category /)]);
  });

  it('reports missing fields, unknown fields and too few questions', () => {
    const { summary: _summary, ...noSummary } = valid;
    expect(validateTopicFiles([file(noSummary)]).errors.join()).toContain("must have required property 'summary'");
    expect(validateTopicFiles([file({ ...valid, colour: 'red' })]).errors.join()).toContain('unknown field "colour"');
    const fewQuestions = { ...valid, sections: { ...valid.sections, questions: ['Is it safe?'] } };
    expect(validateTopicFiles([file(fewQuestions)]).errors.join()).toContain('sections.questions');
  });

  it('rejects files that are not topics at all', () => {
    for (const content of [null, 'text', [], {}]) {
      expect(validateTopicFiles([file(content)]).errors.length).toBeGreaterThan(0);
    }
  });

  it("reports a file that is not JSON once, with the parser's message and the line", () => {
    const broken = parseJsonFile('data/topics/broken.json', '{\n  "id": "broken",\n  "title": "Broken"\n  "category": "medicine"\n}');
    const { errors } = validateTopicFiles([broken]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/topics\/broken\.json: not valid JSON: .+ \(line 4\)$/);
  });

  it('checks the dataset as a whole', () => {
    const other = { ...valid, id: 'other', terms: ['Neurontin'], related: ['missing'] };
    const errors = validateTopicFiles([file(valid), file(other, 'other'), file({ ...valid, id: 'wrong' }, 'named')]).errors;
    expect(errors).toContain(
      'data/topics/other.json: "Neurontin" is spelled "neurontin" on a page, which data/topics/gabapentin.json also claims (as "Neurontin")',
    );
    expect(errors).toContain('data/topics/other.json: related "missing" is not a topic');
    expect(errors).toContain('data/topics/named.json: id "wrong" does not match the file name');
  });

  it('requires the safety lists each kind of topic needs, with the groups it must name', () => {
    const noSafety = { ...valid, safety: {} };
    expect(validateTopicFiles([file(noSafety)]).errors).toEqual([
      'data/topics/gabapentin.json: safety.checkFirst is required for a medicine',
    ]);
    const noPregnancy = { ...valid, safety: { checkFirst: [{ group: 'kidney', text: 'You have kidney disease.' }] } };
    expect(validateTopicFiles([file(noPregnancy)]).errors).toEqual([
      'data/topics/gabapentin.json: safety.checkFirst must name the "pregnancy" group for a medicine',
    ]);
    const injection = { ...valid, category: 'injection', safety: { before: [{ group: 'bleeding', text: 'You take a blood thinner.' }] } };
    expect(validateTopicFiles([file(injection)]).errors).toEqual([
      'data/topics/gabapentin.json: safety.before must name the "infection" group for an injection',
      'data/topics/gabapentin.json: safety.before must name the "pregnancy" group for an injection',
      'data/topics/gabapentin.json: safety.afterwards is required for an injection',
    ]);
    const badLine = { ...valid, safety: { checkFirst: [{ group: 'pregnancy', text: 'pregnant' }] } };
    expect(validateTopicFiles([file(badLine)]).errors.join()).toContain('safety.checkFirst.0.text');
  });

  it('finds a spelling two topics share only after the matcher derives it (disc and disk)', () => {
    const one = { ...valid, terms: ['herniated disc'] };
    const two = { ...valid, id: 'two', terms: ['herniated-disk'] };
    expect(validateTopicFiles([file(one), file(two, 'two')]).errors).toEqual([
      'data/topics/two.json: "herniated-disk" is spelled "herniated disk" on a page, which data/topics/gabapentin.json also claims (as "herniated disc")',
    ]);
  });

  it('rejects a name that is also a health word, which it would silently replace', () => {
    expect(validateTopicFiles([file({ ...valid, terms: ['Neurontin', 'lumbar'] })]).errors).toEqual([
      'data/topics/gabapentin.json: "lumbar" is also one of the spineWords (data/health-words.json or data/not-terms.json): keep one',
    ]);
  });

  it('checks glossary entries with the topics: one owner per spelling, a real linked topic, misspellings seen on a page', () => {
    const entry = {
      id: 'fluoroscopy',
      title: 'Fluoroscopy',
      terms: ['fluoroscopy', 'Neurontin'],
      abbreviations: [],
      contextTerms: [],
      misspellings: ['floroscopy'],
      definition: 'A kind of X-ray that shows moving pictures. Doctors use it to guide a needle.',
      topic: 'nowhere',
      sources: [{ publisher: 'RadiologyInfo', title: 'Fluoroscopy', url: 'https://www.radiologyinfo.org/en/info/fluoroscopy' }],
      reviewed: '2026-12-01',
    };
    const glossaryFile = { file: 'data/glossary/fluoroscopy.json', content: entry };
    const { errors, glossary } = validateDataset({ topics: [file(valid)], glossary: [glossaryFile] });
    expect(glossary).toHaveLength(1);
    expect(errors).toEqual([
      'data/glossary/fluoroscopy.json: "Neurontin" is spelled "neurontin" on a page, which data/topics/gabapentin.json also claims (as "Neurontin")',
      'data/glossary/fluoroscopy.json: topic "nowhere" is not a topic',
      'data/glossary/fluoroscopy.json: misspelling "floroscopy" is not recorded in data/vocabulary/ as seen on a page',
    ]);
    const vocabulary = {
      file: 'data/vocabulary/test.json',
      content: {
        description: 'test',
        forms: [{ form: 'floroscopy', entry: 'fluoroscopy', kind: 'misspelling', seen: [{ url: 'https://example.org/forum' }] }],
      },
    };
    const fixed = { ...entry, terms: ['fluoroscopy'], topic: 'gabapentin' };
    expect(
      validateDataset({ topics: [file(valid)], glossary: [{ ...glossaryFile, content: fixed }], vocabulary: [vocabulary] }).errors,
    ).toEqual([]);
  });

  it('checks the word lists against their schema: no repeated or padded words', () => {
    expect(validateAgainst(wordListSchema, 'data/health-words.json', { description: 'health words', words: ['pain', 'spine'] })).toEqual(
      [],
    );
    expect(
      validateAgainst(wordListSchema, 'data/health-words.json', { description: 'health words', words: ['pain', 'pain'] }).join(),
    ).toMatch(/words/);
    expect(validateAgainst(wordListSchema, 'data/not-terms.json', { description: 'phrases', phrases: [' heat of'] }).join()).toMatch(
      /phrases\.0/,
    );
  });
});
