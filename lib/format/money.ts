/**
 * Money is kept in integer minor units of its currency: cents for EUR, yen for JPY (no
 * minor unit), fils for BHD (three). How many digits a currency has comes from Intl (ISO 4217).
 */
const digitsByCurrency = new Map<string, number>();
export function currencyDigits(currency: string) {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Minor units as the currency's main unit (7320 EUR → 73.2; 7320 JPY → 7320). */
export const toMajor = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/**
 * An amount typed by a person ("12", "12.5", "12,50", "73,20") as integer minor units of
 * the currency, or null when it is not one. Either mark separates the decimals, so an
 * Italian "73,20" and an English "73.20" are the same amount; no thousands separators:
 * "1.234,50" is refused rather than guessed, as are more decimals than the currency has.
 */
export function parseMoney(text: string, currency = 'EUR'): number | null {
  const digits = currencyDigits(currency);
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** A rate in percent ("22", "5.5", "10,5") as basis points, or null. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/**
 * Minor units back to what a money input shows, in the reader's locale: "73,20" in
 * Italian, "73.20" in English, "7320" for yen; never grouped, so parseMoney reads it back.
 */
export function formatMinorForInput(minor: number, currency = 'EUR', locale = 'en') {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(toMajor(minor, currency));
}

/** Basis points back to the inputs' percent in the reader's locale ("22", "5,5"). */
export const formatBpForInput = (bp: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100);
