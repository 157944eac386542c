import { defineConfig } from 'vitest/config';

// Unit tests (the fast tier): pure logic in Node. Tests that work on documents make their own happy-dom
// window (tests/unit/helpers/dom.ts); the few that need a global one (the reader and the player, which
// use its timers and layout stubs) say `@vitest-environment happy-dom` at the top.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Worker threads, not child processes: the same isolation per file here, and 74 s became 57 s on
    // this 2-core machine, which keeps test:fast under its 90 s.
    pool: 'threads',
  },
});
