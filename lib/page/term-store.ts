import type { Settings } from '../settings-values';
import { type PageTerm, TermMap } from './term-map';

/**
 * The one rule for which terms the reader sees: those whose category is on and, with "first
 * mention only", the first of each topic in page order (`topicsBefore`: the topics of the shown
 * terms before this one).
 */
function isShown(term: PageTerm, settings: Settings, topicsBefore: ReadonlySet<string>): boolean {
  return settings.categories[term.category] && (settings.mentions === 'all' || !topicsBefore.has(term.topicId));
}

/** The terms shown to the reader, in page order. */
export function visibleTerms(terms: readonly PageTerm[], settings: Settings): PageTerm[] {
  const topics = new Set<string>();
  return terms.filter((term) => {
    if (!isShown(term, settings, topics)) return false;
    topics.add(term.topicId);
    return true;
  });
}

/** Topic ids of the terms, most mentioned first. */
export function topicIdsOf(terms: readonly PageTerm[]): string[] {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.topicId, (counts.get(term.topicId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * Every term found on the page, and those shown, kept in step with the settings. Tells
 * `onTopicsChanged` whenever the set of topics shown changes (the toolbar badge).
 */
export class TermStore {
  private readonly map = new TermMap();
  private visible: PageTerm[] = [];
  /** The shown terms again, for the pointer's "is this one shown" check on every move. */
  private shown = new Set<PageTerm>();
  private shownTopics = new Set<string>();

  constructor(
    private settings: Settings,
    private readonly onTopicsChanged: (topicIds: string[]) => void,
  ) {}

  /** Adds terms found after every known one (a first scan, in page order); returns those shown. */
  append(terms: readonly PageTerm[]): PageTerm[] {
    const added: PageTerm[] = [];
    const topicsBefore = this.shownTopics.size;
    for (const term of terms) {
      this.map.add(term);
      if (!isShown(term, this.settings, this.shownTopics)) continue;
      added.push(term);
      this.visible.push(term);
      this.shown.add(term);
      this.shownTopics.add(term.topicId);
    }
    if (this.shownTopics.size !== topicsBefore) this.onTopicsChanged(this.topicIds());
    return added;
  }

  /** Forgets the terms `isGone` picks; true when there were any. */
  prune(isGone: (term: PageTerm) => boolean): boolean {
    return this.map.prune(isGone).length > 0;
  }

  /** Puts terms back in page order after parts of the page were scanned again. */
  sortByPosition(): void {
    this.map.sortByPosition();
  }

  update(settings: Settings): void {
    this.settings = settings;
  }

  clear(): void {
    this.map.clear();
  }

  /** Recomputes what is shown from everything found: after settings change, removals and rescans. */
  refresh(): readonly PageTerm[] {
    const before = [...this.shownTopics].sort().join();
    this.visible = visibleTerms(this.map.all(), this.settings);
    this.shown = new Set(this.visible);
    this.shownTopics = new Set(this.visible.map((term) => term.topicId));
    if ([...this.shownTopics].sort().join() !== before) this.onTopicsChanged(this.topicIds());
    return this.visible;
  }

  /** The shown term covering `offset` of text node `node`, if any. */
  shownAt(node: Node, offset: number): PageTerm | null {
    const term = this.map.at(node, offset);
    return term && this.shown.has(term) ? term : null;
  }

  /** The shown terms, in page order. */
  terms(): readonly PageTerm[] {
    return this.visible;
  }

  topicIds(): string[] {
    return topicIdsOf(this.visible);
  }
}
