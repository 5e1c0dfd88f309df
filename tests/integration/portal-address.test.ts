// Seed 001 "Edit the Client Portal URL" (issue 10): a new address; the old one stays the
// business's (redirecting), so no other business can take it.
import { beforeAll, describe, expect, it } from 'vitest';
import { changePortalAddress, currentPortalAddress } from '@/lib/business/change-portal-address';
import { createBusiness } from '@/lib/onboarding/create-business';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demoId: string;
let acmeId: string;
let staffIdentityId: string;

beforeAll(async () => {
  await seedDemo();
  demoId = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  acmeId = (await db.business.findUniqueOrThrow({ where: { slug: 'acme' } })).id;
  staffIdentityId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

const change = (businessId: string, slug: string) => changePortalAddress({ businessId, slug, staffIdentityId });

describe('changing the portal address', () => {
  it('refuses a malformed, reserved or taken address, changing nothing', async () => {
    expect(await change(demoId, 'Ab')).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugLength' } });
    expect(await change(demoId, 'studio demo')).toEqual({
      ok: false,
      error: 'invalid',
      fields: { slug: 'slugFormat' },
    });
    expect(await change(demoId, 'login')).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugReserved' } });
    expect(await change(demoId, 'acme')).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugTaken' } });
    expect((await db.business.findUniqueOrThrow({ where: { id: demoId } })).slug).toBe('demo');
  });

  it('moves the business; the old address leads to the new one and is audited', async () => {
    expect(await change(demoId, ' Studio-Demo-Roma ')).toEqual({ ok: true, slug: 'studio-demo-roma' });
    expect(await findPortalBusiness('demo')).toBeNull();
    expect((await findPortalBusiness('studio-demo-roma'))?.id).toBe(demoId);
    expect(await currentPortalAddress('demo')).toBe('studio-demo-roma');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'business.portal_address_changed' } });
    expect(JSON.parse(audit.meta!)).toEqual({ before: 'demo', after: 'studio-demo-roma' });
  });

  it('keeps an old address from every other business, and from a new one', async () => {
    expect(await change(acmeId, 'demo')).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugTaken' } });
    const created = await createBusiness(
      { name: 'Nuovo Demo', slug: 'demo', locale: 'it', timezone: 'Europe/Rome', currency: 'EUR', country: 'IT' },
      { ownerIdentityId: staffIdentityId },
    );
    expect(created).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugTaken' } });
  });

  it('lets the business take one of its own old addresses back', async () => {
    expect(await change(demoId, 'demo')).toEqual({ ok: true, slug: 'demo' });
    expect(await currentPortalAddress('studio-demo-roma')).toBe('demo');
    expect(await currentPortalAddress('demo')).toBeNull();
  });
});
