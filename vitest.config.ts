import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
    environment: 'node',
    // Some tests run the command-line scripts, which start Node and TypeScript afresh.
    testTimeout: 60_000,
  },
});
