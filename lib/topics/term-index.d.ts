/** Built by scripts/build/vite-term-index.ts; typed where they are read (`lib/topics/bundled-index.ts`). */
declare module 'virtual:term-index' {
  const packed: unknown;
  export default packed;
}

declare module 'virtual:term-index-full' {
  const packed: unknown;
  export default packed;
}

declare module 'virtual:term-index-es' {
  const packed: unknown;
  export default packed;
}

declare module 'virtual:topic-categories' {
  const categories: unknown;
  export default categories;
}
