import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // server-only throws outside React Server Components; tests are server code
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
};

const engines = [{ name: 'sqlite', url: 'sqlite' }];
if (process.env.DATABASE_URL_POSTGRES) engines.push({ name: 'postgres', url: process.env.DATABASE_URL_POSTGRES });

export default defineConfig({
  test: {
    // both cores: each integration file has its own database, so files run side by side
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // next-auth imports `next/server` without an extension: let Vite resolve it
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
        },
      },
      ...engines.map(({ name }) => ({
        ...shared,
        test: {
          name: `integration-${name}`,
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/database-per-file.ts'],
          env: { PORTICO_TEST_ENGINE: name },
          testTimeout: 30_000,
          // next-auth imports `next/server` without an extension: let Vite resolve it
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
