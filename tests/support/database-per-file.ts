// Before each integration test file: its own fresh database, which the app's `db`
// (lib/db.ts) then uses through DATABASE_URL.
import { afterAll } from 'vitest';
import { dropDatabase, freshDatabase } from './databases';

const url = await freshDatabase();
process.env.DATABASE_URL = url;
delete (globalThis as { porticoDb?: unknown }).porticoDb;

afterAll(async () => {
  const client = (globalThis as { porticoDb?: { $disconnect(): Promise<void> } }).porticoDb;
  await client?.$disconnect();
  delete (globalThis as { porticoDb?: unknown }).porticoDb;
  await dropDatabase(url);
});
