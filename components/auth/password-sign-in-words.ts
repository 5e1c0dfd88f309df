/**
 * How a password sign-in's refusal reads: too many tries, the one answer for a wrong password and an
 * unknown account alike, or a field's own words.
 */
export const passwordSignInWords =
  (rateLimited: string, invalid: string, field: (code: string) => string) => (code: string) =>
    code === 'rate_limited' ? rateLimited : code === 'invalid' ? invalid : field(code);
