import { SEPARATOR } from './chars';
import type { CompiledIndex, TermEntry, TrieNode } from './types';
import { termVariants } from './variants';

function newNode(): TrieNode {
  return { next: new Map(), entries: null };
}

function insert(root: TrieNode, key: string, entry: TermEntry): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i) === 32 ? SEPARATOR : key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  (node.entries ??= []).push(entry);
}

/** Builds the character trie every page is matched against: one walk per word start. */
export function compileIndex(entries: readonly TermEntry[]): CompiledIndex {
  const root = newNode();
  let size = 0;
  for (const entry of entries) {
    const keys = entry.caseSensitive ? [entry.text.toLowerCase()] : entry.expanded ? [entry.text] : termVariants(entry.text);
    for (const key of keys) {
      insert(root, key, entry);
      size++;
    }
  }
  return { root, size };
}
