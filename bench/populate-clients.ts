// The benchmark data set: one business with 10k clients (names, emails, phones, sources,
// archived and never-signed-in ones), shared by the admin benchmarks.
import type { Db } from '@/lib/db-client';
import { ITALIAN_NAMES } from '@/prisma/seed-data/names';

export const CLIENTS = 10_000;

/** Fills a new business "bench" with CLIENTS clients; returns its id and country. */
export async function populate(db: Db) {
  const business = await db.business.create({ data: { slug: 'bench', name: 'Bench', country: 'IT' } });
  const sources = ['manual', 'booking', 'import', 'self_signup'];
  for (let i = 0; i < CLIENTS; i += 2000) {
    await db.client.createMany({
      data: Array.from({ length: Math.min(2000, CLIENTS - i) }, (_, j) => {
        const n = i + j;
        const [firstName, lastName] = ITALIAN_NAMES[n % ITALIAN_NAMES.length];
        return {
          businessId: business.id,
          firstName,
          lastName: `${lastName}${n % 7 ? '' : ` ${n}`}`,
          email: `client${n}@example.com`,
          phone: `+39333${String(1_000_000 + n).slice(-7)}`,
          source: sources[n % sources.length],
          status: n % 20 ? 'active' : 'archived',
          lastSignInAt: n % 3 ? null : new Date(Date.now() - n * 60_000),
        };
      }),
    });
  }
  return { id: business.id, country: 'IT' };
}
