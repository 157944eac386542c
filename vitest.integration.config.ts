import { defineConfig } from 'vitest/config';

// Integration tests, in `npm test` but not in the everyday `npm run test:fast`: the CLI run as a process
// (tests/integration/cli), whole corpora through the pipeline (tests/integration/pages: every
// municipal fixture page with eval:extract's checks, Readability's test pages through detection), and
// the player on a very long page, read in a part at a time (tests/integration/player), and the bench's
// very long page run on a small page (tests/integration/bench).
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 120_000,
  },
});
