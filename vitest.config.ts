import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { termIndexPlugin } from './scripts/build/vite-term-index.ts';

// Unit and component tests: fast, in happy-dom, next to the code they test.
export default defineConfig({
  plugins: [WxtVitest(), termIndexPlugin()],
  // Test files sit outside the browser tsconfig (they use Node types), so say how their JSX compiles.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/component/**/*.test.tsx',
    ],
    environment: 'happy-dom',
    setupFiles: ['tests/setup-i18n.ts', 'tests/setup-dom.ts'],
  },
});
