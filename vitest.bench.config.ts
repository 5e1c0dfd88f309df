import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Benchmarks: real code on a real database, reporting numbers. Not part of `npm test`
// and never failing on timing. Run: npm run bench:auth
const root = import.meta.dirname;
export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'tests/support/empty-module.ts') } },
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    globalSetup: [],
  },
});
