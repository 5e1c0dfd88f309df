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

/**
 * The layers of lib/, lowest first (ARCHITECTURE.md, "Layers"). A module imports from its own layer
 * and the ones below, never above: `import/no-restricted-paths` fails a wrong-way import, and
 * tests/unit/architecture.test.ts fails a folder of lib/ that no layer names and a loop between
 * folders of one layer.
 */
/**
 * One result shape (lib/result.ts): a refusal is `fail(code, fields)` / `invalid(fields)`, never a
 * hand-made `{ error }` without `ok` nor an `errors` map; a transaction refuses by throwing `Refusal`.
 */
const resultShapeRules = [
  {
    selector: "ObjectExpression > Property[key.name='errors']",
    message: "A refusal's field errors are `invalid(fields)` or `fail(code, fields)` (lib/result.ts).",
  },
  {
    selector:
      ":matches(ReturnStatement, ConditionalExpression, ArrowFunctionExpression) > ObjectExpression:not(:has(> Property[key.name='ok'])) > Property[key.name='error']",
    message: 'A refusal is `fail(code)` (lib/result.ts): `{ ok: false, error }`.',
  },
  {
    selector: "ClassDeclaration[superClass.name='Error']",
    message: 'Refuse inside a transaction with `throw new Refusal(fail(code))` (lib/result.ts).',
  },
];

export const layers = [
  {
    name: 'platform',
    what: 'the database, configuration, crypto and sealing, formats (money, phone, identifiers), time, files, i18n, audit and message delivery',
    paths: [
      'lib/generated',
      'lib/db.ts',
      'lib/db-client.ts',
      'lib/sqlite-serialized-adapter.ts',
      'lib/env.ts',
      'lib/env-schema.ts',
      'lib/env-startup.ts',
      'lib/request-ip.ts',
      'lib/result.ts',
      'lib/pdf-buffer.ts',
      'lib/pdf-document.ts',
      'lib/title-page-pdf.ts',
      'lib/crypto',
      'lib/format',
      'lib/time',
      'lib/storage',
      'lib/security',
      'lib/i18n',
      'lib/audit',
      'lib/notifications',
      'lib/messaging',
      'lib/ops',
    ],
  },
  {
    name: 'business',
    what: 'the tenant: its settings, hours, bank details and branding',
    paths: ['lib/business', 'lib/branding'],
  },
  {
    name: 'identity and access',
    what: 'identities, passwords, codes, two-step, sessions, and the two guards (lib/auth/guards)',
    paths: ['lib/auth'],
  },
  {
    name: 'domains',
    what: 'what a business does with its clients',
    paths: [
      'lib/clients',
      'lib/custom-fields',
      'lib/import',
      'lib/services',
      'lib/appointments',
      'lib/booking',
      'lib/invoices',
      'lib/payments',
      'lib/products',
      'lib/documents',
      'lib/pages',
      'lib/contact',
      'lib/conversations',
      'lib/public-forms',
      'lib/staff',
      'lib/today',
      'lib/demo',
      'lib/onboarding',
    ],
  },
  {
    name: 'entries',
    what: "server actions, scheduled jobs and next-intl's request configuration",
    paths: ['lib/actions', 'lib/jobs', 'lib/i18n-request.ts'],
  },
];

const layerZones = layers.flatMap((layer, i) =>
  layer.paths.map((target) => ({
    target: `./${target}`,
    from: layers.slice(i + 1).flatMap((above) => above.paths.map((p) => `./${p}`)),
    message: `lib/ layers point one way: ${layer.name} does not import from a higher layer (ARCHITECTURE.md, "Layers").`,
  })),
);

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
    files: ['lib/**', 'components/**', 'emails/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones.filter((zone) => zone.from.length > 0),
            { target: './lib', from: ['./app', './components'], message: 'lib/ is below the routes and components.' },
            { target: './components', from: './app', message: 'components/ are below the routes.' },
            {
              target: './emails',
              from: ['./app', './components', ...layers.slice(1).flatMap((layer) => layer.paths.map((p) => `./${p}`))],
              message: 'emails/ are templates: they import only the platform layer of lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // an audit row is written by recordAuditEvent alone, in the transaction of the change it records
    files: ['lib/**'],
    ignores: ['lib/audit/record-audit-event.ts', 'lib/result.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.property.name='auditEvent'][callee.property.name=/^(create|createMany|upsert)$/]",
          message: 'Write audit rows with recordAuditEvent(event, tx) (lib/audit/record-audit-event.ts).',
        },
        ...resultShapeRules,
      ],
    },
  },
  {
    // routes, components and server actions reach the database through lib/<domain>/
    files: ['app/**', 'components/**', 'lib/actions/**'],
    rules: { 'no-restricted-imports': ['error', prismaOutsideLib] },
  },
]);
