import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/guards/permissions';
import { resolveMembership } from '@/lib/auth/guards/resolve-membership';

describe('role → permission table', () => {
  it('gives owners everything, admins all but billing and owners, staff clients and records only', () => {
    expect(can('owner', 'billing.write')).toBe(true);
    expect(can('owner', 'owners.manage')).toBe(true);
    expect(can('admin', 'settings.write')).toBe(true);
    expect(can('admin', 'billing.write')).toBe(false);
    expect(can('admin', 'owners.manage')).toBe(false);
    expect(can('staff', 'clients.read')).toBe(true);
    expect(can('staff', 'clients.write')).toBe(true);
    expect(can('staff', 'appointments.write')).toBe(true);
    expect(can('staff', 'settings.write')).toBe(false);
    expect(can('staff', 'clients.export')).toBe(false);
    expect(can('staff', 'staff.manage')).toBe(false);
  });

  it('gives an unknown role nothing', () => {
    expect(can('superuser', 'clients.read')).toBe(false);
    expect(can('', 'clients.read')).toBe(false);
  });
});

describe('resolving the business of an admin URL', () => {
  const memberships = [
    { role: 'owner', business: { id: 'b1', slug: 'demo' } },
    { role: 'staff', business: { id: 'b2', slug: 'acme' } },
  ];

  it('finds the caller’s own business and checks the role there', () => {
    expect(resolveMembership(memberships, 'demo', 'settings.write')).toMatchObject({
      ok: true,
      membership: { business: { id: 'b1' } },
    });
    expect(resolveMembership(memberships, 'acme', 'settings.write')).toEqual({ ok: false, error: 'forbidden' });
    expect(resolveMembership(memberships, 'acme', 'clients.read')).toMatchObject({ ok: true });
  });

  it('refuses another business, a malformed slug and a non-string the same way', () => {
    for (const slug of ['other', 'DEMO', '../demo', '', 42, null, ['demo']])
      expect(resolveMembership(memberships, slug, 'clients.read')).toEqual({ ok: false, error: 'not_member' });
  });
});
