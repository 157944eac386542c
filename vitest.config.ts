import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, happy-dom for DOM work. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
