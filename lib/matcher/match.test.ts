import { describe, expect, it } from 'vitest';
import { compileIndex } from './compile';
import { findHits } from './match';
import type { TermEntry } from './types';

const entry = (text: string, topicId: string, extra: Partial<TermEntry> = {}): TermEntry => ({
  text,
  topicId,
  kind: 'term',
  caseSensitive: false,
  ...extra,
});

const index = compileIndex([
  entry('spinal fusion', 'spinal-fusion'),
  entry('epidural steroid injection', 'esi'),
  entry('steroid injection', 'injections'),
  entry('laminectomy', 'laminectomy'),
  entry('NSAID', 'nsaids', { caseSensitive: true }),
  entry('TENS', 'tens', { caseSensitive: true }),
  entry('anti-inflammatory', 'nsaids'),
  entry('herniated disc', 'herniated-disc'),
  entry('behavioural therapy', 'cbt'),
  entry('pain management programme', 'pmp'),
  entry('fusion', 'spinal-fusion', { kind: 'context' }),
]);

function found(text: string): string[] {
  return findHits(text, index).map((hit) => `${text.slice(hit.start, hit.end)}=${hit.entry.topicId}`);
}

describe('findHits', () => {
  it('matches whole words in any case', () => {
    expect(found('After a Laminectomy, rest.')).toEqual(['Laminectomy=laminectomy']);
    expect(found('LAMINECTOMY')).toEqual(['LAMINECTOMY=laminectomy']);
  });

  it('never matches inside a longer word', () => {
    expect(found('There was confusion and a microlaminectomyx.')).toEqual([]);
  });

  it('prefers the longest name where names overlap', () => {
    expect(found('an epidural steroid injection helps')).toEqual(['epidural steroid injection=esi']);
    expect(found('a steroid injection')).toEqual(['steroid injection=injections']);
    expect(found('spinal fusion')).toEqual(['spinal fusion=spinal-fusion']);
  });

  it('accepts plurals and possessives', () => {
    expect(found('two laminectomies and NSAIDs')).toEqual(['laminectomies=laminectomy', 'NSAIDs=nsaids']);
    expect(found("the surgeon's laminectomy's risks")).toEqual(['laminectomy=laminectomy']);
    expect(found('the surgeon’s laminectomy')).toEqual(['laminectomy=laminectomy']);
  });

  it('keeps abbreviations case-sensitive', () => {
    expect(found('Tens of people tried TENS; scs and nsaid are not names.')).toEqual(['TENS=tens']);
  });

  it('treats hyphens, spaces and no space alike', () => {
    expect(found('anti inflammatory, anti-inflammatory, antiinflammatory, anti\u2011inflammatory')).toHaveLength(4);
    expect(found('spinal\n   fusion')).toEqual(['spinal\n   fusion=spinal-fusion']);
  });

  it('knows US and UK spellings', () => {
    expect(found('a herniated disk; behavioral therapy; a pain management program')).toEqual([
      'herniated disk=herniated-disc',
      'behavioral therapy=cbt',
      'pain management program=pmp',
    ]);
  });

  it('handles text around and without any name', () => {
    expect(found('')).toEqual([]);
    expect(found('…laminectomy…')).toEqual(['laminectomy=laminectomy']);
    expect(found('日本語 laminectomy 日本語')).toEqual(['laminectomy=laminectomy']);
    expect(found('spinal')).toEqual([]);
  });
});
