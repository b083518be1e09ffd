import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one built site and one server; files run in parallel workers otherwise.
    fileParallelism: true,
  },
});
