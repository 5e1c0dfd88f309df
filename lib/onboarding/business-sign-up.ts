import 'server-only';
import { consumeCodes, issueCode, matchCode, type TCodeError } from '@/lib/auth/codes/one-time-code';
import { sendCodeMessage } from '@/lib/auth/codes/send-code-message';
import { normalizeEmail } from '@/lib/format/identifiers';
import { deleteAuthCookie, readAuthCookie, setAuthCookie } from '@/lib/crypto/cookie-jar';
import { seal, unseal } from '@/lib/crypto/sealed';
import { db } from '@/lib/db';
import { isPublicSignUpOpen } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/locales';
import { fail, type TFailure } from '@/lib/result';

// Public business sign-up (issue 9): off unless PORTICO_PUBLIC_SIGNUP=1; then whoever
// proves an email address with a code may create a business owned by that address.

const key = (email: string) => ({ purpose: 'business_sign_up', businessId: null, subject: email });
const PROOF_COOKIE = 'portico.business-signup';
const PROOF_SALT = 'portico.business-signup';
const PROOF_SECONDS = 30 * 60;

/** Sends a code to the address; the same answer whether or not it is known. Returns the sending to run after the response. */
export async function requestBusinessSignUpCode({
  email: input,
  locale,
  ip,
  now = new Date(),
}: {
  email: unknown;
  locale: TLocale;
  ip: string | null;
  now?: Date;
}): Promise<
  | { outcome: 'sent'; deliver: () => Promise<unknown> }
  | { outcome: 'closed' | 'invalid_email' | 'too_soon' | 'rate_limited' }
> {
  if (!isPublicSignUpOpen()) return { outcome: 'closed' };
  const email = typeof input === 'string' ? normalizeEmail(input) : null;
  if (!email) return { outcome: 'invalid_email' };
  const issued = await issueCode(key(email), { destination: email, channel: 'email', ip, now });
  if (issued.outcome !== 'issued') return { outcome: issued.outcome };
  return {
    outcome: 'sent',
    deliver: () =>
      sendCodeMessage({
        business: { id: null, name: 'Portico', accentColor: '#1e3a8a' },
        to: email,
        channel: 'email',
        variant: 'businessSignUpCode',
        kind: 'business_sign_up_code',
        code: issued.code,
        locale,
      }),
  };
}

/** The code typed for this address, used up once right. The caller then gives this browser the proof (proveSignUpEmail). */
export async function verifyBusinessSignUpCode({
  email: input,
  code,
  now = new Date(),
}: {
  email: unknown;
  code: unknown;
  now?: Date;
}): Promise<{ ok: true; email: string } | TFailure<TCodeError | 'closed'>> {
  if (!isPublicSignUpOpen()) return fail('closed');
  const email = typeof input === 'string' ? normalizeEmail(input) : null;
  if (!email || typeof code !== 'string') return fail('invalid');
  const match = await matchCode(key(email), code, now);
  if (!match.ok) return fail(match.error);
  if (!(await consumeCodes(db, [match.row.id], now))) return fail('invalid');
  return { ok: true, email };
}

/** This browser proved the address: it may create a business owned by it within 30 minutes. */
export async function proveSignUpEmail(email: string) {
  await setAuthCookie(PROOF_COOKIE, await seal({ email }, PROOF_SALT, PROOF_SECONDS), { maxAge: PROOF_SECONDS });
}

/** The address this browser proved, or null. */
export async function provenSignUpEmail() {
  if (!isPublicSignUpOpen()) return null;
  return (await unseal<{ email: string }>(await readAuthCookie(PROOF_COOKIE), PROOF_SALT))?.email ?? null;
}

export async function forgetSignUpProof() {
  await deleteAuthCookie(PROOF_COOKIE);
}
