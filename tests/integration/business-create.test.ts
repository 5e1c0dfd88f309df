// A business comes into being: first-run setup rules and `npm run business:create`.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createBusiness, isFirstRun } from '@/lib/onboarding/create-business';
import { db } from '@/lib/db';

const valid = {
  name: 'Studio Luce',
  slug: 'studio-luce',
  locale: 'it',
  timezone: 'Europe/Rome',
  currency: 'eur',
  country: 'it',
  ownerName: 'Chiara Conti',
  ownerEmail: 'Chiara@Example.com',
  ownerPassword: 'luce-owner-password-2026',
};

describe('creating a business', () => {
  it('on an empty database, creates the business, its owner and the audit entry in one go', async () => {
    expect(await isFirstRun()).toBe(true);
    const result = await createBusiness(valid, { onlyIfNone: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const business = await db.business.findUniqueOrThrow({ where: { id: result.businessId } });
    expect(business).toMatchObject({
      slug: 'studio-luce',
      defaultLocale: 'it',
      currency: 'EUR',
      country: 'IT',
      timezone: 'Europe/Rome',
    });
    const owner = await db.staffMember.findFirstOrThrow({
      where: { businessId: business.id },
      include: { identity: true },
    });
    expect(owner.role).toBe('owner');
    expect(owner.identity.email).toBe('chiara@example.com');
    expect(owner.identity.passwordHash).toMatch(/^scrypt/);
    expect(await db.auditEvent.count({ where: { businessId: business.id, action: 'business.created' } })).toBe(1);
    expect(await isFirstRun()).toBe(false);
  });

  it('closes the first-run setup once a business exists, writing nothing', async () => {
    const before = await db.business.count();
    const again = await createBusiness(
      { ...valid, slug: 'another-one', ownerEmail: 'x@example.com' },
      { onlyIfNone: true },
    );
    expect(again).toEqual({ ok: false, error: 'setupClosed' });
    expect(await db.business.count()).toBe(before);
    expect(await db.identity.count({ where: { email: 'x@example.com' } })).toBe(0);
  });

  it('refuses a taken, reserved or malformed address, an unknown timezone, currency or country, and a common password', async () => {
    const errors = async (values: Record<string, unknown>) => {
      const result = await createBusiness({ ...valid, ownerEmail: 'new.owner@example.com', ...values });
      return result.ok ? null : result.fields;
    };
    expect(await errors({})).toEqual({ slug: 'slugTaken' });
    expect(await errors({ slug: 'admin' })).toEqual({ slug: 'slugReserved' });
    expect(await errors({ slug: 'ab' })).toEqual({ slug: 'slugLength' });
    expect(await errors({ slug: '-bad-' })).toEqual({ slug: 'slugFormat' });
    expect(await errors({ slug: 'ok-slug', timezone: 'Mars/Olympus' })).toEqual({ timezone: 'timezoneInvalid' });
    expect(await errors({ slug: 'ok-slug', currency: 'XYZW' })).toEqual({ currency: 'currencyInvalid' });
    expect(await errors({ slug: 'ok-slug', country: 'ZZ' })).toEqual({ country: 'countryInvalid' });
    expect(await errors({ slug: 'ok-slug', ownerPassword: 'password123' })).toEqual({ ownerPassword: 'tooCommon' });
    expect(await errors({ slug: 'ok-slug', ownerEmail: 'chiara@example.com' })).toEqual({ ownerEmail: 'emailInUse' });
    expect(await db.business.count({ where: { slug: 'ok-slug' } })).toBe(0);
  });

  it('lets a signed-in owner add another business with their own identity', async () => {
    const owner = await db.identity.findUniqueOrThrow({ where: { email: 'chiara@example.com' } });
    const { ownerName: _n, ownerEmail: _e, ownerPassword: _p, ...details } = valid;
    const result = await createBusiness({ ...details, slug: 'luce-due' }, { ownerIdentityId: owner.id });
    expect(result).toMatchObject({ ok: true, ownerIdentityId: owner.id });
    expect(await db.staffMember.count({ where: { identityId: owner.id, role: 'owner' } })).toBe(2);
  });

  it('npm run business:create does the same from a terminal, and explains a refusal', () => {
    const run = (args: string[]) =>
      execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/business-create.ts', ...args], {
        env: { ...process.env, PORTICO_OWNER_PASSWORD: 'terminal-owner-password-2026' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    const args = [
      '--name=Palestra Nord',
      '--slug=palestra-nord',
      '--locale=it',
      '--timezone=Europe/Rome',
      '--currency=EUR',
      '--country=IT',
      '--owner-name=Paolo Neri',
      '--owner-email=paolo@example.com',
    ];
    expect(run(args)).toContain('/p/palestra-nord');
    let failure = '';
    try {
      run(args);
    } catch (error) {
      failure = String((error as { stderr: string }).stderr);
    }
    expect(failure).toContain('This address is already taken');
    return db.business.count({ where: { slug: 'palestra-nord' } }).then((n) => expect(n).toBe(1));
  });
});
