// Prisma CLI configuration. The engine follows DATABASE_URL, like lib/db.ts:
// a file: URL uses the SQLite schema and migrations, a postgres:// URL the
// PostgreSQL ones. (Offline, `npm run db:migrate` applies the same folders.)
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/portico.db';
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma',
  migrations: {
    path: isPostgres ? 'prisma/postgres/migrations' : 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: { url },
});
