import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNameSources } from '../../support/read-topic-files';
import { createPageScanner } from '../../support/page-scanner';
import { PAGES_DIR } from '../../support/paths';
import type { Language } from '../../lib/topics/types';
import { parseExpected } from '../e2e/expected';

/**
 * The labelled corpus in tests/fixtures/pages: health pages in many voices, and everyday pages
 * full of words like "heat", "block" and "injection". Each page lists what should match in its
 * <pre id="expected-matches">, so a person can open the page and check the labels.
 */
const scanners = { en: createPageScanner(readNameSources('en'), 'en'), es: createPageScanner(readNameSources('es'), 'es') };

function pagesIn(folder: string, language: Language = 'en') {
  const scan = scanners[language];
  return readdirSync(join(PAGES_DIR, folder))
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const html = readFileSync(join(PAGES_DIR, folder, name), 'utf8');
      const found = scan(html, name).matches.map((m) => `${m.text.replace(/\s+/g, ' ')} → ${m.topic}`);
      const expected = parseExpected(html).map((e) => `${e.text} → ${e.topic}`);
      return { name, found, expected };
    });
}

/** How many of `expected` are in `found`, counting repeats. */
function overlap(expected: string[], found: string[]): number {
  const left = new Map<string, number>();
  for (const item of found) left.set(item, (left.get(item) ?? 0) + 1);
  let hits = 0;
  for (const item of expected) {
    const count = left.get(item) ?? 0;
    if (count > 0) {
      hits++;
      left.set(item, count - 1);
    }
  }
  return hits;
}

/** Recall and precision over labelled pages, with what was missed, for the assertion message. */
function expectRecall(pages: ReturnType<typeof pagesIn>): void {
  const expected = pages.reduce((sum, page) => sum + page.expected.length, 0);
  const found = pages.reduce((sum, page) => sum + page.found.length, 0);
  const hits = pages.reduce((sum, page) => sum + overlap(page.expected, page.found), 0);
  const missed = pages.flatMap((page) => page.expected.filter((e) => !page.found.includes(e)).map((e) => `${page.name}: ${e}`));
  expect(expected).toBeGreaterThan(200);
  expect(hits / expected, `recall ${hits}/${expected}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  expect(hits / found, `precision ${hits}/${found}`).toBeGreaterThanOrEqual(0.95);
}

describe('labelled pages', () => {
  const health = pagesIn('health');
  const other = pagesIn('other');

  it('has the corpus the matching issue asks for', () => {
    expect(health.length).toBeGreaterThanOrEqual(12);
    expect(other.length).toBeGreaterThanOrEqual(8);
  });

  it('finds at least 95% of the labelled mentions on health pages, with few extras', () => expectRecall(health));

  it('highlights nothing on pages that are not about health', () => {
    for (const page of other) expect(page.found, page.name).toEqual([]);
  });

  it('opens no back-pain card where a name is used in another medical sense (childbirth, heart, brain, knee, teeth)', () => {
    const pages = pagesIn('other-sense');
    expect(pages.length).toBeGreaterThanOrEqual(6);
    // Each page lists exactly what it should show; the back-pain page keeps every name.
    for (const page of pages) expect(page.found, page.name).toEqual(page.expected);
    expect(pages.find((page) => page.name === 'back-pain-same-names.html')?.expected.length).toBeGreaterThan(4);
  });

  describe('in Spanish (read with the Spanish names)', () => {
    const spanishHealth = pagesIn('es/health', 'es');
    const spanishOther = pagesIn('es/other', 'es');

    it('has Spanish pages from Spain and Latin America, and everyday Spanish pages', () => {
      expect(spanishHealth.length).toBeGreaterThanOrEqual(10);
      expect(spanishOther.length).toBeGreaterThanOrEqual(5);
    });

    it('finds at least 95% of the labelled mentions, with few extras', () => expectRecall(spanishHealth));

    it('highlights nothing on everyday Spanish pages, nor the childbirth epidural', () => {
      for (const page of spanishOther) expect(page.found, page.name).toEqual([]);
    });
  });

  it('reads a page nested 10,000 elements deep without running out of stack (the walk is a loop, not recursion)', () => {
    const depth = 10_000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}After the laminectomy she had physical therapy.${'</div>'.repeat(depth)}</body></html>`;
    expect(scanners.en(html, 'deep.html').matches.map((m) => m.topic)).toEqual(['laminectomy', 'physical-therapy']);
  });
});
