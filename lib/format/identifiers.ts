import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';

// Identifiers typed on a sign-in form. Strict on purpose: the lookup must never
// land on another identity because of Unicode look-alikes (a fullwidth ＠), case
// folding, quoted local parts or several addresses in one field. Messages are
// always sent to the address stored on the card, never to what was typed.

const ZStrictEmail = z.email();

export function normalizeEmail(input: string): string | null {
  const value = input.trim();
  // ASCII only: no fullwidth ＠, no dotless ı, no homoglyphs; no quotes, commas, spaces, angle brackets
  if (!/^[\x21-\x7e]+$/.test(value) || /["(),;:<>[\]\\\s]/.test(value)) return null;
  if ((value.match(/@/g) ?? []).length !== 1) return null;
  const lower = value.toLowerCase();
  return ZStrictEmail.safeParse(lower).success && lower.length <= 254 ? lower : null;
}

/** E.164, reading national numbers in the business's country; null unless a valid number. */
export function normalizePhone(input: string, country: string): string | null {
  const value = input.trim();
  if (!/^[+\d][\d\s().-]{5,24}$/.test(value)) return null;
  const phone = parsePhoneNumberFromString(value, country as CountryCode);
  return phone?.isValid() ? phone.number : null;
}

export type TIdentifier = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

export function parseIdentifier(input: string, country: string): TIdentifier | null {
  if (input.includes('@') || /[^\d\s+().-]/.test(input.trim())) {
    const email = normalizeEmail(input);
    return email ? { kind: 'email', value: email } : null;
  }
  const phone = normalizePhone(input, country);
  return phone ? { kind: 'phone', value: phone } : null;
}

/** "g•••a@e•••.com", "+39 ••• ••• 4567": where a code went, without revealing the address. */
export function maskDestination(identifier: TIdentifier): string {
  if (identifier.kind === 'phone') return `${identifier.value.slice(0, 3)} ••• ••• ${identifier.value.slice(-4)}`;
  const [local, domain] = identifier.value.split('@');
  const [host, ...tld] = domain.split('.');
  const mask = (s: string) => (s.length <= 2 ? `${s[0]}•` : `${s[0]}•••${s.at(-1)}`);
  return `${mask(local)}@${mask(host)}.${tld.join('.')}`;
}
