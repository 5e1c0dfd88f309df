import 'server-only';
import { normalizeEmail, normalizePhone } from '@/lib/format/identifiers';
import type { z } from 'zod';
import { fail, invalid, invalidInput, type TFailure } from '@/lib/result';
import { checkFormToken } from './form-token';
import { overIpLimit } from './over-ip-limit';

type TVisitorForm = { website?: string; formToken: string; email: string; phone: string };

/**
 * What every public form checks before it writes (seed 001): its schema, the field only bots fill in, the form's
 * sealed time token (not sent too fast, not too old), the address and the phone read in the business's
 * country, and how many the visitor's network sent this hour.
 */
export async function checkVisitor<S extends z.ZodType<TVisitorForm>>(
  schema: S,
  values: unknown,
  {
    purpose,
    business,
    ip,
    limit,
    now,
  }: {
    purpose: 'booking' | 'contact' | 'order';
    business: { id: string; country?: string };
    ip: string | null;
    /** the audited action counted per address, and how many an hour */
    limit: [action: string, perHour: number];
    now: Date;
  },
): Promise<TFailure | { ok: true; form: z.output<S>; email: string | null; phone: string | null }> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  if (form.website) return fail('formExpired');
  const token = await checkFormToken(form.formToken, purpose, business.id, now.getTime());
  if (token !== 'ok') return fail(token);
  const email = form.email ? normalizeEmail(form.email) : null;
  const phone = form.phone ? normalizePhone(form.phone, business.country ?? '') : null;
  if (form.email && !email) return invalid({ email: 'emailInvalid' });
  if (form.phone && !phone) return invalid({ phone: 'phoneInvalid' });
  if (await overIpLimit(limit[0], ip, limit[1], now)) return fail('rateLimited');
  return { ok: true, form, email, phone };
}
