import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium, one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
  },
});
