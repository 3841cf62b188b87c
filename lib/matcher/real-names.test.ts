import { describe, expect, it } from 'vitest';
import { readNameSources } from '../../support/read-topic-files';
import { bundledCategories } from '../topics/bundled-index';
import { termEntries } from '../topics/term-entries';
import { sourceWordLists } from '../topics/word-lists';
import { compileIndex } from './compile';
import { applyContext } from './context';
import { findHits } from './match';

// The matcher with the real dataset, one string per block, as a page would give it.
// The second stage's index (with the glossary), as the build compiles it.
const index = compileIndex(termEntries(readNameSources(), sourceWordLists));
const categories = bundledCategories();

/** Treatment names shown in these blocks, as "text=topic" (glossary words left out: they are checked on their own). */
function shown(...blocks: string[]): string[] {
  return applyContext(blocks.map((text) => ({ hits: findHits(text, index), text }))).flatMap((kept, i) =>
    kept
      .filter((hit) => categories.get(hit.entry.topicId) !== 'glossary')
      .map((hit) => `${blocks[i]!.slice(hit.start, hit.end)}=${hit.entry.topicId}`),
  );
}

describe('matching with the real names', () => {
  it('finds brand names, UK names, abbreviations and plurals', () => {
    expect(shown('My GP gave me co-codamol, then Norco and two NSAIDs after my laminectomies.')).toEqual([
      'co-codamol=codeine',
      'Norco=hydrocodone',
      'NSAIDs=nsaids',
      'laminectomies=laminectomy',
    ]);
  });

  it('prefers the longest name', () => {
    expect(shown('She had an epidural steroid injection.')).toEqual(['epidural steroid injection=epidural-steroid-injection']);
  });

  it('keeps abbreviations case-sensitive', () => {
    expect(shown('Tens of people asked about scs and rfa.')).toEqual([]);
  });

  it('matches everyday words only in health text', () => {
    expect(shown('Heat the pan, add ice and massage the kale.')).toEqual([]);
    expect(shown('For back pain, heat, ice and massage can ease a muscle spasm.')).toEqual([
      'heat=heat-and-cold-therapy',
      'ice=heat-and-cold-therapy',
      'massage=massage-therapy',
    ]);
  });

  it('ignores phrases that hold a treatment word but mean something else', () => {
    expect(shown('An SQL injection and a fusion reactor, then ice cream on a heat wave day.')).toEqual([]);
    expect(shown('Gabapentin blocks pain signals in the spine and nerve.')).toEqual(['Gabapentin=gabapentin']);
    expect(shown('After spine surgery my doctor found aortic stenosis.')).toEqual(['spine surgery=back-surgery']);
  });

  it('reads the context per block, not per page', () => {
    const weather = 'The heat will break on Friday with ice on the roads.';
    expect(shown('Gabapentin helps nerve pain.', 'x', 'y', 'z', weather)).toEqual(['Gabapentin=gabapentin']);
    // Next to health text, the weather still says nothing about health in its own sentence.
    expect(shown('Gabapentin helps nerve pain.', weather)).toEqual(['Gabapentin=gabapentin']);
    expect(shown('Gabapentin helps nerve pain.', 'Heat can help a lot.')).toEqual(['Gabapentin=gabapentin']);
    expect(shown('Gabapentin helps nerve pain.', 'Heat can ease a stiff, sore back.')).toContain('Heat=heat-and-cold-therapy');
    expect(shown('Gabapentin helps nerve pain.', 'Heat can ease back pain.')).toEqual([
      'Gabapentin=gabapentin',
      'Heat=heat-and-cold-therapy',
    ]);
  });

  it('needs health words in their own sentence for the words that are most often something else', () => {
    const clinic = 'Our spine clinic treats back pain and sciatica with physical therapy.';
    const found = shown(clinic);
    expect(shown(clinic, 'We are two blocks from the station, near Fusion Business Park.')).toEqual(found);
    expect(shown(clinic, 'Parking is hard in the heat of summer. Ice-covered sidewalks are salted.')).toEqual(found);
    expect(shown(clinic, 'She made a quilt block. We met in the heat of the game.')).toEqual(found);
    expect(shown(clinic, 'A nerve block can ease the pain for weeks.')).toContain('nerve block=nerve-block');
    expect(shown(clinic, 'My PT said the pain would ease.')).toContain('PT=physical-therapy');
    expect(shown(clinic, 'My PT was late again.')).not.toContain('PT=physical-therapy');
  });
});
