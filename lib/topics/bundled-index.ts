import bundled from 'virtual:term-index';
import type { CompiledIndex } from '../matcher/types';
import { type PackedIndex, unpackIndex } from '../matcher/packed';
import type { Category } from './types';

/** What `virtual:term-index` (scripts/vite-term-index.ts) holds. */
export interface BundledIndex {
  index: PackedIndex;
  categories: Record<string, Category>;
}

/** The index compiled at build time from every topic, health word and never-a-treatment phrase. */
export function bundledIndex(): CompiledIndex {
  return unpackIndex((bundled as BundledIndex).index);
}

export function bundledCategories(): ReadonlyMap<string, Category> {
  return new Map(Object.entries((bundled as BundledIndex).categories));
}
