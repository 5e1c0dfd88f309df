// Seed 004: staff turn off a client's two-step verification when the client lost the app.
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { applyDueTwoStepTurnOffs } from '@/lib/auth/two-factor/scheduled-turn-off';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { sealTotpSecret } from '@/lib/auth/two-factor/totp';
import { db } from '@/lib/db';
import { turnOffClientTwoStep } from '@/lib/clients/turn-off-two-step';
import { listTwoStepHelpRequests, requestTwoStepHelp } from '@/lib/clients/two-step-help';
import { getClientCard } from '@/lib/clients/get-client-card';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string; name: string; accentColor: string; defaultLocale: string };
let acmeId: string;
const APP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let staffId: string;

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, name: true, accentColor: true, defaultLocale: true },
  });
  acmeId = (await db.business.findUniqueOrThrow({ where: { slug: 'acme' } })).id;
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

async function clientWithApp(email: string, [firstName, lastName] = ['Sara', 'Riva']) {
  const identity = await db.identity.create({
    data: {
      email,
      name: 'Sara Riva',
      totpSecret: 'JBSWY3DPEHPK3PXP',
      totpEnabledAt: new Date(),
      sessionsValidAfter: new Date(0),
    },
  });
  await db.recoveryCode.create({ data: { identityId: identity.id, codeHash: 'x' } });
  const card = await db.client.create({
    data: { businessId: demo.id, identityId: identity.id, firstName, lastName, email, locale: 'it' },
  });
  return { identity, card };
}

describe('“No access to the app?”', () => {
  it('reaches the owners by email (once an hour), the admin’s list and the card, until two-step is off', async () => {
    const { identity, card } = await clientWithApp('gino.fabbri@example.com', ['Gino', 'Fabbri']);
    await requestTwoStepHelp({ businessId: demo.id, clientId: card.id, identityId: identity.id });
    await requestTwoStepHelp({ businessId: demo.id, clientId: card.id, identityId: identity.id });
    const mails = await db.outboundMessage.findMany({
      where: { to: DEMO_CREDENTIALS.demoOwner.email, kind: 'two_step_help_requested' },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Gino Fabbri');
    expect((await listTwoStepHelpRequests(demo.id)).map((r) => r.name)).toEqual(['Gino Fabbri']);
    expect((await getClientCard({ businessId: demo.id, clientId: card.id }))?.helpRequestedAt).toBeInstanceOf(Date);
    // another business sees nothing
    expect(await listTwoStepHelpRequests(acmeId)).toEqual([]);
    await turnOffClientTwoStep({ business: demo, clientId: card.id, staffIdentityId: staffId });
    expect(await listTwoStepHelpRequests(demo.id)).toEqual([]);
    expect((await getClientCard({ businessId: demo.id, clientId: card.id }))?.helpRequestedAt).toBeNull();
  });
});

describe('turning off a client’s two-step verification', () => {
  it('turns it off, ends the sessions, tells the client in their language and is audited with the staff id', async () => {
    const { identity, card } = await clientWithApp('sara.riva@example.com');
    expect(await turnOffClientTwoStep({ business: demo, clientId: card.id, staffIdentityId: staffId })).toEqual({
      ok: true,
      takesEffectAt: null,
    });
    const after = await db.identity.findUniqueOrThrow({ where: { id: identity.id } });
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(0);
    expect(await db.recoveryCode.count({ where: { identityId: identity.id } })).toBe(0);
    const message = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'sara.riva@example.com', kind: 'two_factor_disabled' },
    });
    expect(message.locale).toBe('it');
    expect(message.text).toContain('ha disattivato la verifica in due passaggi');
    expect(
      await db.auditEvent.count({
        where: { action: 'client.2fa_turned_off_by_staff', actorId: staffId, targetId: card.id },
      }),
    ).toBe(1);
    // nothing left to turn off
    expect(await turnOffClientTwoStep({ business: demo, clientId: card.id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'not_available',
    });
  });

  it('refuses another business’s card', async () => {
    const { card } = await clientWithApp('piero.sala@example.com');
    const acme = { ...demo, id: acmeId };
    expect(await turnOffClientTwoStep({ business: acme, clientId: card.id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'not_available',
    });
  });
});

describe('a person in two portals who lost the app (issue 25 §5.1)', () => {
  it('asks once and reaches every business; any of them approves; it takes effect after 72 hours, told by email and SMS, unless the app is used first', async () => {
    // the demo client has a card at Studio Demo and at Acme Physio: one login, two businesses
    const shared = await db.identity.findUniqueOrThrow({
      where: { email: DEMO_CREDENTIALS.client.email },
      include: { clients: true },
    });
    await db.identity.update({
      where: { id: shared.id },
      data: {
        totpSecret: sealTotpSecret(APP_SECRET),
        totpEnabledAt: new Date(),
        phone: DEMO_CREDENTIALS.client.phone,
        phoneVerifiedAt: new Date(),
      },
    });
    const demoCard = shared.clients.find((c) => c.businessId === demo.id)!;
    const acmeCard = shared.clients.find((c) => c.businessId === acmeId)!;
    await requestTwoStepHelp({ businessId: demo.id, clientId: demoCard.id, identityId: shared.id });
    // the request asked at Studio Demo is on Acme Physio's list too
    expect((await listTwoStepHelpRequests(acmeId)).map((r) => r.clientId)).toEqual([acmeCard.id]);
    const now = new Date('2026-12-07T10:00:00Z');
    const acme = { ...demo, id: acmeId, name: 'Acme Physio' };
    const approved = await turnOffClientTwoStep({
      business: acme,
      clientId: acmeCard.id,
      staffIdentityId: staffId,
      now,
    });
    expect(approved).toEqual({ ok: true, takesEffectAt: new Date('2026-12-10T10:00:00Z') });
    // not yet: the person is told on the contacts they proved, by email and SMS
    expect((await db.identity.findUniqueOrThrow({ where: { id: shared.id } })).totpEnabledAt).not.toBeNull();
    for (const [to, channel] of [
      [DEMO_CREDENTIALS.client.email, 'email'],
      [DEMO_CREDENTIALS.client.phone, 'sms'],
    ])
      expect(await db.outboundMessage.count({ where: { to, channel, kind: 'two_factor_off_scheduled' } })).toBe(1);
    // before the time, the job changes nothing
    expect(await applyDueTwoStepTurnOffs(new Date('2026-12-10T09:59:00Z'))).toEqual({ applied: 0 });
    // a second step passed with the app cancels it
    const code = await generate({ secret: APP_SECRET });
    expect((await verifySecondFactor(shared.id, code, { businessId: demo.id })).ok).toBe(true);
    expect((await db.identity.findUniqueOrThrow({ where: { id: shared.id } })).totpOffAt).toBeNull();
    expect(await applyDueTwoStepTurnOffs(new Date('2026-12-10T10:01:00Z'))).toEqual({ applied: 0 });
    // approved again and left alone: after 72 hours it is off, and the sessions end
    await turnOffClientTwoStep({ business: acme, clientId: acmeCard.id, staffIdentityId: staffId, now });
    expect(await applyDueTwoStepTurnOffs(new Date('2026-12-10T10:01:00Z'))).toEqual({ applied: 1 });
    const after = await db.identity.findUniqueOrThrow({ where: { id: shared.id } });
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecret: null, totpOffAt: null });
    expect(
      await db.auditEvent.count({
        where: { businessId: acmeId, action: 'client.2fa_off_scheduled', targetId: acmeCard.id },
      }),
    ).toBe(2);
  });

  it('a staff member’s login is never changed by a business', async () => {
    const owner = await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } });
    await db.identity.update({ where: { id: owner.id }, data: { totpSecret: 'x', totpEnabledAt: new Date() } });
    const card = await db.client.create({
      data: { businessId: acmeId, identityId: owner.id, firstName: 'Owner', lastName: 'Client' },
    });
    expect(
      await turnOffClientTwoStep({ business: { ...demo, id: acmeId }, clientId: card.id, staffIdentityId: staffId }),
    ).toEqual({ ok: false, error: 'staff_identity' });
  });
});
