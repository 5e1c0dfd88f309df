import { defineConfig, devices } from '@playwright/test';

// Browser tests run against a production build (`next start`) on the embedded
// SQLite default, in Debian's Chromium. scripts/test.mjs prepares the database
// and the build; E2E_PORT and E2E_DATABASE_URL come from there.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** a second server of the same build on an empty database */
const emptyPort = port + 2;
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 4011);
const smtpPort = 2525;
const smtpHttpPort = 2526;
const prismPort = 4010;
const databaseUrl = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
if (!databaseUrl.startsWith('file:./data/')) throw new Error('e2e tests refuse to run against a non-local database');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // a whole flow per test (sign-ins with scrypt, axe scans): 20-30 s for the longest on a
  // 2-vCPU VM, and twice that on a slow day (the first-run flow went over the 30 s default
  // once); each step still has its own expect timeout
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // a real SMTP server; what it received is readable at GET /messages?to=
      command: `node tests/support/smtp-sink.mjs`,
      url: `http://127.0.0.1:${smtpHttpPort}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(smtpHttpPort) },
    },
    {
      // Twilio's published API spec, validated by Prism: the official SDK talks to it
      command: `node_modules/.bin/prism mock -h 127.0.0.1 -p ${prismPort} node_modules/@twilio-alpha/mcp/twilio-oai/spec/json/twilio_api_v2010.json`,
      url: `http://127.0.0.1:${prismPort}/2010-04-01/Accounts.json`,
      reuseExistingServer: false,
      timeout: 90_000,
      ignoreHTTPSErrors: true,
    },
    {
      // a local OpenID provider standing in for Google (tests/support/oidc-server.mjs)
      command: `node tests/support/oidc-server.mjs`,
      url: `http://localhost:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { OIDC_PORT: String(oidcPort), APP_URL: baseURL },
    },
    {
      command: `node scripts/server.mjs`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        // the tests stand where a proxy would: a spec may name its client's address in X-Forwarded-For
        TRUSTED_PROXY_HOPS: '1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
        AUTH_URL: baseURL,
        PORTICO_DEMO: '1',
        // scheduled reminders would add mails the tests do not expect (lib/jobs is tested on its own)
        PORTICO_JOBS: 'off',
        STORAGE_DIR: './data/e2e-storage',
        AUTH_GOOGLE_ID: 'portico-e2e',
        AUTH_GOOGLE_SECRET: 'portico-e2e-secret',
        AUTH_GOOGLE_ISSUER: `http://localhost:${oidcPort}`,
        // real transports to local stand-ins: every message still lands in the outbox log
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
        TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
        TWILIO_AUTH_TOKEN: 'e2e-token',
        TWILIO_FROM: '+15005550006',
        TWILIO_API_BASE: `http://127.0.0.1:${prismPort}`,
      },
    },
    {
      // the same build on an empty database: the first-run setup (tests/e2e/first-run.spec.ts)
      command: `node scripts/server.mjs`,
      url: `http://localhost:${emptyPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        PORT: String(emptyPort),
        LOG_LEVEL: 'warn',
        DATABASE_URL: 'file:./data/e2e-empty.db',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
        AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
        AUTH_URL: `http://localhost:${emptyPort}`,
        // public business sign-up is on here only (tests/e2e/first-run.spec.ts)
        PORTICO_PUBLIC_SIGNUP: '1',
        PORTICO_JOBS: 'off',
        STORAGE_DIR: './data/e2e-storage',
      },
    },
  ],
});
