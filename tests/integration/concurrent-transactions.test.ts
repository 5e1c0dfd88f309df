import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemo } from '../support/demo';

// A write made outside a transaction must never be swept into another request's open
// transaction and lost with its rollback (lib/sqlite-serialized-adapter.ts).

beforeAll(async () => {
  await seedDemo();
}, 60_000);

class Lost extends Error {}

describe('concurrent transactions', () => {
  it('keeps the winner’s follow-up writes while the losers’ transactions roll back', async () => {
    const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
    const token = await db.authToken.create({
      data: { businessId: business.id, purpose: 'race', tokenHash: 'race-token' },
    });
    const attempt = async (i: number) => {
      try {
        await db.$transaction(async (tx) => {
          const used = await tx.authToken.updateMany({
            where: { id: token.id, consumedAt: null },
            data: { consumedAt: new Date() },
          });
          if (used.count !== 1) throw new Lost();
        });
      } catch (error) {
        if (error instanceof Lost) return false;
        throw error;
      }
      await db.outboundMessage.create({
        data: {
          businessId: business.id,
          channel: 'email',
          kind: 'race_won',
          locale: 'en',
          to: `winner${i}@example.com`,
          text: 'won',
          status: 'outbox',
        },
      });
      return true;
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(i)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.outboundMessage.count({ where: { kind: 'race_won' } })).toBe(1);
  });
});
