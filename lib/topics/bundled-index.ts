import packed from 'virtual:term-index';
import categories from 'virtual:topic-categories';
import type { CompiledIndex } from '../matcher/types';
import { type PackedIndex, unpackIndex } from '../matcher/packed';
import type { Category } from './types';

/**
 * The index compiled at build time from every topic, health word and never-a-treatment phrase.
 * Each call loads it anew from its packed strings: the first stage of the content script lets
 * it go when a page names nothing, so that it costs such a page no memory.
 */
export function bundledIndex(): CompiledIndex {
  return unpackIndex(packed as PackedIndex);
}

/** Each topic's category (the second stage of the content script only). */
export function bundledCategories(): ReadonlyMap<string, Category> {
  return new Map(Object.entries(categories as Record<string, Category>));
}
