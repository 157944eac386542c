import { defineConfig } from 'vitest/config';

// Page tests: every page of the municipal corpus (tests/fixtures/municipal/) through the whole pipeline,
// with eval:extract's checks. Slower than the unit tests, so kept out of `vitest run` (tests/unit/).
export default defineConfig({
  test: {
    include: ['tests/pages/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
  },
});
