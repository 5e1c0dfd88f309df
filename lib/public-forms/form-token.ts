import 'server-only';
import { seal, unseal } from '@/lib/crypto/sealed';

// Bot protection without a third-party service: the page seals when it was rendered and
// for which business; a submission sooner than a person can fill the form, later than
// two hours, or for another business is refused. Rate limits stand behind it.
const MIN_FILL_MS = 3_000;
const MAX_AGE_S = 2 * 3600;

type TToken = { b: string; t: number };

export const issueFormToken = (purpose: 'booking' | 'contact' | 'order', businessId: string, now = Date.now()) =>
  seal({ b: businessId, t: now }, `portico.form.${purpose}`, MAX_AGE_S);

export async function checkFormToken(
  token: unknown,
  purpose: 'booking' | 'contact' | 'order',
  businessId: string,
  now = Date.now(),
): Promise<'ok' | 'tooFast' | 'formExpired'> {
  const opened = await unseal<TToken>(token, `portico.form.${purpose}`);
  if (!opened || opened.b !== businessId || typeof opened.t !== 'number') return 'formExpired';
  if (now - opened.t > MAX_AGE_S * 1000) return 'formExpired';
  return now - opened.t < MIN_FILL_MS ? 'tooFast' : 'ok';
}
