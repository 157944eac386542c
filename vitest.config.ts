import { defineConfig } from 'vitest/config';

// Unit tests (the fast tier): pure logic in Node. Tests that work on documents make their own happy-dom
// window (tests/unit/helpers/dom.ts); the few that need a global one (the reader and the player, which
// use its timers and layout stubs) say `@vitest-environment happy-dom` at the top.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
