/** Built by scripts/vite-term-index.ts; typed as `BundledIndex` where it is read. */
declare module 'virtual:term-index' {
  const bundled: unknown;
  export default bundled;
}
