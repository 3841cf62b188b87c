import type { GlossaryEntry } from './types';

/** Every glossary entry. Bundled by the popup and the background, not the content script. */
const files = import.meta.glob<GlossaryEntry>('../../data/glossary/*.json', { eager: true, import: 'default' });

let entries: GlossaryEntry[] | undefined;
let byId: Map<string, GlossaryEntry> | undefined;

export function allGlossary(): GlossaryEntry[] {
  entries ??= Object.values(files).sort((a, b) => a.title.localeCompare(b.title));
  return entries;
}

export function glossaryById(id: string): GlossaryEntry | undefined {
  byId ??= new Map(allGlossary().map((entry) => [entry.id, entry]));
  return byId.get(id);
}
