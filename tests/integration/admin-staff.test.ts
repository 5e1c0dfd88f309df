// Staff: invite by email with a role, accept once, change a role, remove; the last owner stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptInvite, findInvite } from '@/lib/staff/accept-invite';
import { inviteStaff } from '@/lib/staff/invite-staff';
import { changeStaffRole, listStaff, removeStaff } from '@/lib/staff/manage-staff';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';
import { startSmtpServer } from '../support/local-smtp';

let demo: { id: string; name: string; defaultLocale: string };
let owner: { identityId: string; role: string; name: string };
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

const tokenFrom = (text: string) => /invite\?token=([\w-]+)/.exec(text)?.[1] ?? '';

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, name: true, defaultLocale: true },
  });
  const identity = await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } });
  owner = { identityId: identity.id, role: 'owner', name: 'Maria Esposito' };
  return async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  };
}, 60_000);

describe('invitations', () => {
  it('sends a 7-day single-use link; a second invitation revokes the first; accepting makes the member', async () => {
    expect(
      await inviteStaff({ business: demo, inviter: owner, values: { email: 'Marco@Example.com', role: 'admin' } }),
    ).toEqual({ ok: true });
    const first = tokenFrom(smtp.received.at(-1)!.text!);
    expect(smtp.received.at(-1)!.envelopeTo).toEqual(['marco@example.com']);
    expect(
      await inviteStaff({ business: demo, inviter: owner, values: { email: 'marco@example.com', role: 'staff' } }),
    ).toEqual({ ok: true });
    const second = tokenFrom(smtp.received.at(-1)!.text!);
    expect(await findInvite(first)).toBeNull();
    expect(await findInvite(second)).toMatchObject({ email: 'marco@example.com', role: 'staff', hasAccount: false });
    expect(
      (await acceptInvite({ token: first, values: { name: 'Marco', password: 'marco-staff-password-26' } })).ok,
    ).toBe(false);

    expect(await acceptInvite({ token: second, values: { name: 'Marco', password: 'password123' } })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { password: 'tooCommon' },
    });
    const accepted = await acceptInvite({
      token: second,
      values: { name: 'Marco Neri', password: 'marco-staff-password-26' },
    });
    expect(accepted).toMatchObject({ ok: true, identity: { email: 'marco@example.com', totpEnabled: false } });
    expect(
      await db.staffMember.findFirst({ where: { businessId: demo.id, identity: { email: 'marco@example.com' } } }),
    ).toMatchObject({
      role: 'staff',
      displayName: 'Marco Neri',
    });
    // used once
    expect(await acceptInvite({ token: second, values: { name: 'X', password: 'another-password-2026' } })).toEqual({
      ok: false,
      error: 'linkInvalid',
    });
    expect(
      await inviteStaff({ business: demo, inviter: owner, values: { email: 'marco@example.com', role: 'staff' } }),
    ).toEqual({
      ok: false,
      error: 'invalid',
      fields: { email: 'alreadyMember' },
    });
  });

  it('an existing Portico account joins with its own password, and an expired link does nothing', async () => {
    await inviteStaff({
      business: demo,
      inviter: owner,
      values: { email: DEMO_CREDENTIALS.acmeOwner.email, role: 'staff' },
    });
    const token = tokenFrom(smtp.received.at(-1)!.text!);
    expect(await findInvite(token)).toMatchObject({ hasAccount: true });
    expect(await acceptInvite({ token, values: { password: 'wrong-password-here' } })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { password: 'passwordWrong' },
    });
    expect(await findInvite(token, new Date(Date.now() + 8 * 24 * 3600_000))).toBeNull();
    expect((await acceptInvite({ token, values: { password: DEMO_CREDENTIALS.acmeOwner.password } })).ok).toBe(true);
  });

  it('only an owner invites an owner', async () => {
    expect(
      await inviteStaff({
        business: demo,
        inviter: { ...owner, role: 'admin' },
        values: { email: 'boss@example.com', role: 'owner' },
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { role: 'roleNotAllowed' } });
  });
});

describe('roles and removal', () => {
  it('keeps the last owner, lets only owners touch owners, and ends a removed member’s sessions', async () => {
    const { members } = await listStaff(demo.id);
    const ownerRow = members.find((m) => m.role === 'owner')!;
    const marco = members.find((m) => m.identity.email === 'marco@example.com')!;
    expect(await changeStaffRole({ businessId: demo.id, actor: owner, memberId: ownerRow.id, role: 'admin' })).toEqual({
      ok: false,
      error: 'lastOwner',
    });
    expect(await removeStaff({ businessId: demo.id, actor: owner, memberId: ownerRow.id })).toEqual({
      ok: false,
      error: 'lastOwner',
    });
    expect(
      await changeStaffRole({
        businessId: demo.id,
        actor: { ...owner, role: 'admin' },
        memberId: ownerRow.id,
        role: 'staff',
      }),
    ).toEqual({
      ok: false,
      error: 'roleNotAllowed',
    });
    expect(await changeStaffRole({ businessId: demo.id, actor: owner, memberId: marco.id, role: 'nonsense' })).toEqual({
      ok: false,
      error: 'roleNotAllowed',
    });
    expect(await changeStaffRole({ businessId: demo.id, actor: owner, memberId: marco.id, role: 'admin' })).toEqual({
      ok: true,
    });

    // another business's member id is simply not found
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(await removeStaff({ businessId: acme.id, actor: owner, memberId: marco.id })).toEqual({
      ok: false,
      error: 'notFound',
    });

    const before = new Date(Date.now() - 1000);
    expect(await removeStaff({ businessId: demo.id, actor: owner, memberId: marco.id })).toEqual({ ok: true });
    const identity = await db.identity.findUniqueOrThrow({ where: { email: 'marco@example.com' } });
    expect(identity.sessionsValidAfter.getTime()).toBeGreaterThan(before.getTime());
    expect(await db.staffMember.count({ where: { identityId: identity.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { businessId: demo.id, action: { in: ['staff.role_changed', 'staff.removed'] } },
      }),
    ).toBe(2);
  });
});
