import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium against the built app served by `vite preview`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
