import { describe, expect, it } from 'vitest';
import { maskDestination, normalizeEmail, normalizePhone, parseIdentifier } from '@/lib/format/identifiers';

describe('email identifiers', () => {
  it('normalizes case and surrounding spaces', () => {
    expect(normalizeEmail('  Demo.Client@Example.COM ')).toBe('demo.client@example.com');
  });

  it.each([
    'demo.client＠example.com', // fullwidth at sign
    'demo.clıent@example.com', // dotless i
    '"demo.client"@example.com', // quoted local part
    'demo.client@example.com,attacker@evil.test', // several addresses
    'demo.client@example.com attacker@evil.test',
    'Demo <demo.client@example.com>',
    'demo.client@@example.com',
    'demo.client',
    '',
  ])('refuses %j rather than guessing', (input) => {
    expect(normalizeEmail(input)).toBeNull();
  });
});

describe('phone identifiers', () => {
  it('reads national numbers in the business country and international ones anywhere', () => {
    expect(normalizePhone('333 123 4567', 'IT')).toBe('+393331234567');
    expect(normalizePhone('+39 333 1234567', 'GB')).toBe('+393331234567');
    expect(normalizePhone('07911 123456', 'GB')).toBe('+447911123456');
  });

  it('refuses invalid numbers', () => {
    expect(normalizePhone('12', 'IT')).toBeNull();
    expect(normalizePhone('+39 000', 'IT')).toBeNull();
    expect(normalizePhone('333-CALL-NOW', 'IT')).toBeNull();
  });
});

describe('parseIdentifier and masking', () => {
  it('tells an email from a phone number', () => {
    expect(parseIdentifier('Demo.Client@example.com', 'IT')).toEqual({
      kind: 'email',
      value: 'demo.client@example.com',
    });
    expect(parseIdentifier('+393331234567', 'IT')).toEqual({ kind: 'phone', value: '+393331234567' });
    expect(parseIdentifier('hello', 'IT')).toBeNull();
  });

  it('masks where a code went', () => {
    expect(maskDestination({ kind: 'email', value: 'giulia.rossi@example.com' })).toBe('g•••i@e•••e.com');
    expect(maskDestination({ kind: 'phone', value: '+393331234567' })).toBe('+39 ••• ••• 4567');
  });
});
