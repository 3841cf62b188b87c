import { describe, expect, it } from 'vitest';
import gabapentin from '../../data/topics/gabapentin.json';
import { validateTopicFiles } from './validate';

const valid = {
  ...gabapentin,
  related: [],
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
    for (const content of [null, 'text', [], { parseError: 'Unexpected token' }]) {
      expect(validateTopicFiles([file(content)]).errors.length).toBeGreaterThan(0);
    }
  });

  it('checks the dataset as a whole', () => {
    const other = { ...valid, id: 'other', terms: ['Neurontin'], related: ['missing'] };
    const errors = validateTopicFiles([file(valid), file(other, 'other'), file({ ...valid, id: 'wrong' }, 'named')]).errors;
    expect(errors).toContain('other: term "neurontin" is also claimed by gabapentin');
    expect(errors).toContain('other: related "missing" is not a topic');
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
});

