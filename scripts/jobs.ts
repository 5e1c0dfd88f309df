// npm run jobs -- <name>: runs one scheduled job once, now, against DATABASE_URL, and prints
// what it did (the same definition the server schedules: lib/jobs/definitions.ts).
import { db } from '@/lib/db';
import { isJobName, JOBS } from '@/lib/jobs/definitions';

const name = process.argv[2];
if (!isJobName(name)) {
  console.error(`Usage: npm run jobs -- <${Object.keys(JOBS).join(' | ')}>`);
  process.exit(2);
}
const result = await JOBS[name].run(new Date());
console.log(`${name}: ${JSON.stringify(result)}`);
await db.$disconnect();
