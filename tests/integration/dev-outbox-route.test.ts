import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/dev/outbox/route';
import { db } from '@/lib/db';

const get = (query = '') => GET(new Request(`http://localhost:3000/api/dev/outbox${query}`));

describe('GET /api/dev/outbox', () => {
  afterEach(() => {
    delete process.env.PORTICO_DEMO;
  });

  it('is 404 outside demo mode, even with messages in the outbox', async () => {
    await db.outboundMessage.create({
      data: {
        channel: 'email',
        kind: 'test',
        locale: 'en',
        to: 'a@example.com',
        text: 'secret 123456',
        status: 'outbox',
      },
    });
    process.env.PORTICO_DEMO = '0';
    const response = await get('?to=a@example.com');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('123456');
  });

  it('in demo mode lists the messages to one address, newest first, with their text', async () => {
    process.env.PORTICO_DEMO = '1';
    for (const [i, to] of ['b@example.com', 'c@example.com', 'b@example.com'].entries()) {
      await db.outboundMessage.create({
        data: {
          channel: 'email',
          kind: 'test',
          locale: 'en',
          to,
          text: `message ${i}`,
          status: 'outbox',
          createdAt: new Date(Date.now() + i * 1000),
        },
      });
    }
    const response = await get('?to=b@example.com');
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: { to: string; text: string }[] };
    expect(messages.map((m) => m.text)).toEqual(['message 2', 'message 0']);
    expect(messages.every((m) => m.to === 'b@example.com')).toBe(true);
  });
});
