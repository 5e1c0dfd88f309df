/**
 * An amount typed by staff ("12", "12.5", "12,50") as integer minor units, or null
 * when it is not one. No thousands separators: "1.234,50" is refused rather than guessed.
 */
export function parseMoney(text: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A rate in percent ("22", "5.5", "10,5") as basis points, or null. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** Minor units back to the plain form the inputs take ("12.50"). */
export const formatMinorForInput = (minor: number) => (minor / 100).toFixed(2);

/** Basis points back to the inputs' percent ("22", "5.5"). */
export const formatBpForInput = (bp: number) => String(bp / 100);
