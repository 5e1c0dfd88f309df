// This Playwright worker's own Portico: its server, database, files and mailbox (started by
// fixtures.ts, one set per worker, so two workers never share state). playwright.config.ts
// starts what the workers share: the stand-ins for Twilio and Google.
import { createDb } from '@/lib/db-client';

const index = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const port = Number(process.env.E2E_PORT ?? 3100) + 10 * index;

export const worker = {
  index,
  port,
  origin: `http://localhost:${port}`,
  /** a copy of the seeded demo database (data/e2e.db, made by scripts/test.mjs) */
  databaseUrl: `file:./data/e2e-${index}.db`,
  storageDir: `./data/e2e-storage-${index}`,
  smtpPort: 2525 + 10 * index,
  /** the local SMTP server's mail, as JSON: GET /messages?to= */
  mailboxOrigin: `http://127.0.0.1:${2526 + 10 * index}`,
};

/** A Prisma client on this worker's database (disconnect it when done). */
export const workerDb = () => createDb(worker.databaseUrl);
