import 'server-only';
import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { isPostgres } from '@/lib/db';
import { JOBS, type TJobName } from './definitions';

const globalForJobs = globalThis as unknown as { porticoJobs?: Promise<void> };

async function runLogged(name: TJobName) {
  const started = Date.now();
  try {
    const result = await JOBS[name].run(new Date());
    console.log(`[jobs] ${name} done in ${Date.now() - started} ms: ${JSON.stringify(result)}`);
  } catch (error) {
    console.error(`[jobs] ${name} failed: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * Starts the scheduled work once per server process. PostgreSQL: pg-boss queues with a
 * cron schedule each — pg-boss puts one job per tick whatever the number of app
 * instances, and retries a failed run with exponential back-off. SQLite (one process by
 * design): croner runs the same definitions in-process, never overlapping itself.
 */
export function startJobs() {
  globalForJobs.porticoJobs ??= (async () => {
    if (!isPostgres()) {
      for (const name of Object.keys(JOBS) as TJobName[])
        new Cron(JOBS[name].cron, { protect: true, timezone: 'UTC' }, () => runLogged(name).catch(() => undefined));
      console.log('[jobs] running in-process (SQLite)');
      return;
    }
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: 'pgboss' });
    boss.on('error', (error) => console.error(`[jobs] pg-boss: ${error.message}`));
    await boss.start();
    for (const name of Object.keys(JOBS) as TJobName[]) {
      await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 30, retryBackoff: true, policy: 'singleton' });
      await boss.schedule(name, JOBS[name].cron, {}, { tz: 'UTC' });
      await boss.work(name, async () => runLogged(name));
    }
    console.log('[jobs] running on pg-boss (PostgreSQL)');
  })();
  return globalForJobs.porticoJobs;
}
