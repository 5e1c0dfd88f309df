// ESLint: Next.js's own rules (core web vitals, React hooks, TypeScript) plus
// typescript-eslint's type-aware checks for promises and type-only imports.
// TypeScript's JS API comes from the `typescript` package (6.x, aliased to
// @typescript/typescript6); `tsc` itself is TypeScript 7 (@typescript/native).
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

const prismaOutsideLib = {
  paths: [
    {
      name: '@/lib/db',
      message: 'Prisma is called only from lib/<domain>/ data modules, scoped by tenant (ARCHITECTURE.md).',
    },
  ],
  patterns: [
    {
      group: ['@/lib/generated/*', '@prisma/*'],
      allowTypeImports: true,
      message: 'Prisma is called only from lib/<domain>/ data modules, scoped by tenant (ARCHITECTURE.md).',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'bench/floor/.next/**',
    'lib/generated/**',
    'test-results/**',
    'playwright-report/**',
    'data/**',
    'next-env.d.ts',
  ]),
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // an import circle is a module doing two jobs: split it
      'import/no-cycle': 'error',
      // module augmentation (next-auth's JWT) needs an interface that only extends
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // routes, components and server actions reach the database through lib/<domain>/
    files: ['app/**', 'components/**', 'lib/actions/**'],
    rules: { 'no-restricted-imports': ['error', prismaOutsideLib] },
  },
]);
