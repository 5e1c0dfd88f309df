// The identity rule as one pure function (issue 24): an identity enters a card only through a
// contact it proved, or as the contactless login made for that one card.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardReachable } from '@/lib/auth/reachable-card';

const contact = fc.option(fc.constantFrom('a@example.com', 'b@example.com', '+393331111111', '+393332222222'), {
  nil: null,
});

describe('cardReachable', () => {
  it('examples: a proven contact on the card, a staff-changed card, a contactless login, another identity’s card', () => {
    const proven = { id: 'i1', email: 'a@example.com', phone: null };
    expect(cardReachable(proven, { identityId: 'i1', email: 'a@example.com', phone: '+393331111111' })).toBe(true);
    expect(cardReachable(proven, { identityId: 'i1', email: 'c@example.com', phone: null })).toBe(false);
    expect(cardReachable(proven, { identityId: 'i2', email: 'a@example.com', phone: null })).toBe(false);
    const contactless = { id: 'u1', email: null, phone: null };
    expect(cardReachable(contactless, { identityId: 'u1', email: 'a@example.com', phone: null })).toBe(true);
    expect(cardReachable(contactless, { identityId: 'u2', email: null, phone: null })).toBe(false);
  });

  it('for any identity and card: reachable only when linked, and then only through a shared proven contact or as a contactless login', () => {
    fc.assert(
      fc.property(contact, contact, contact, contact, fc.boolean(), (ie, ip, ce, cp, linked) => {
        const identity = { id: 'i', email: ie, phone: ip };
        const card = { identityId: linked ? 'i' : 'other', email: ce, phone: cp };
        const reachable = cardReachable(identity, card);
        if (!linked) return !reachable;
        const shares = (ie !== null && ie === ce) || (ip !== null && ip === cp);
        const contactless = ie === null && ip === null;
        return reachable === (shares || contactless);
      }),
    );
  });
});
