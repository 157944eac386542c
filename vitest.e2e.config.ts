import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox with real voices. One file at a
// time, because each launches browsers and speech-dispatcher and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
