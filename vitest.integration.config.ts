import { defineConfig } from 'vitest/config';

// Integration tests, in `npm test` but not in the everyday `npm run test:fast`: the CLI run as a process
// (tests/integration/cli) and whole corpora through the pipeline (tests/integration/pages: every
// municipal fixture page with eval:extract's checks, Readability's test pages through detection).
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 120_000,
  },
});
