import { beforeAll, describe, expect, it } from 'vitest';
import { verifyStaffPassword } from '@/lib/auth/passwords/verify-staff-password';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const { email, password } = DEMO_CREDENTIALS.demoOwner;

beforeAll(async () => {
  await seedDemo();
}, 60_000);

describe('staff password sign-in', () => {
  it('accepts the owner and says whether the app step follows', async () => {
    expect(await verifyStaffPassword({ email: ` ${email.toUpperCase()} `, password })).toMatchObject({
      email,
      totpEnabled: false,
    });
  });

  it('refuses clients and unknown addresses the same way', async () => {
    expect(
      await verifyStaffPassword({ email: DEMO_CREDENTIALS.client.email, password: DEMO_CREDENTIALS.client.password }),
    ).toBeNull();
    expect(await verifyStaffPassword({ email: 'nobody@example.com', password })).toBeNull();
  });

  it('is throttled per account: after 5 failures the right password is refused too', async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) expect(await verifyStaffPassword({ email, password: `wrong ${i}` }, now)).toBeNull();
    expect(await verifyStaffPassword({ email, password }, new Date(now.getTime() + 10_000))).toBeNull();
    expect(await verifyStaffPassword({ email, password }, new Date(now.getTime() + 31_000))).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'staff.locked_out' } })).toBe(1);
  });
});
