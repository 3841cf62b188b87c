/** Word lists loaded through scripts/vite-topic-names.ts, every spelling derived at build time. */
declare module '*.json?spellings' {
  const lists: Partial<import('./term-entries').WordLists>;
  export default lists;
}
