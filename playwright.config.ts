import { defineConfig, devices } from '@playwright/test';

// Browser tests run against a production build (`next start`) on the embedded SQLite default,
// in Debian's Chromium. Each worker starts its own Portico, database copy, files and mailbox
// (tests/e2e/fixtures.ts), so workers run side by side; scripts/test.mjs prepares the seeded
// database (data/e2e.db) and the build. Shared here: the stand-ins for Twilio and Google.
const workers = Number(process.env.E2E_WORKERS ?? 2);
const port = Number(process.env.E2E_PORT ?? 3100);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 4011);
const prismPort = Number(process.env.E2E_PRISM_PORT ?? 4010);
/** every worker's Portico (tests/e2e/worker.ts): the stand-in Google sends each back to its own */
const appUrls = Array.from({ length: workers }, (_, i) => `http://localhost:${port + 10 * i}`);

/** the spec files that take a minute or more (test-results/e2e.json, as npm test reports the slowest) */
const LONG = /(portal-languages|two-instances|hardening|first-run|admin-settings|portal-sections)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  // a file's tests run in order in one worker; files spread over the workers
  fullyParallel: false,
  workers,
  retries: 0,
  // a whole flow per test (sign-ins with scrypt, axe scans): 20-30 s for the longest on a
  // 2-vCPU VM, and twice that on a slow day (the first-run flow went over the 30 s default
  // once); each step still has its own expect timeout
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    // the portal's service worker stays out of the way of the other tests (a request it answered would
    // not reach page.route); tests/e2e/installable-portal.spec.ts lets it in
    serviceWorkers: 'block',
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
  projects: [
    {
      // the longest files first, so that no worker is left with one of them at the end
      name: 'long',
      testMatch: LONG,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'chromium',
      testIgnore: [LONG, /zz-html-validity/],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      // last, once every other test has kept the pages it opened
      name: 'html',
      testMatch: /zz-html-validity/,
      dependencies: ['long', 'chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: [
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
      env: { OIDC_PORT: String(oidcPort), APP_URLS: appUrls.join(' ') },
    },
  ],
});
