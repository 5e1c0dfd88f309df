'use server';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { normalizeEmail } from '@/lib/format/identifiers';
import { isLocale } from '@/lib/i18n/locales';
import { requestStaffPasswordReset, resetStaffPassword } from '@/lib/staff/staff-password-reset';
import { fail } from '@/lib/result';

/** The same answer whether or not the address is a staff member's; the email leaves after the response. */
export async function requestStaffResetAction(values: { email: string }) {
  if (typeof values?.email !== 'string' || !normalizeEmail(values.email)) return fail('emailInvalid' as const);
  const locale = await getMessageLocale();
  const deliver = await requestStaffPasswordReset({ email: values.email, locale: isLocale(locale) ? locale : 'en' });
  if (deliver) after(deliver);
  return { ok: true as const };
}

export async function resetStaffPasswordAction(token: string, values: { password: string }) {
  const result = await resetStaffPassword({ token, password: values?.password });
  if (!result.ok) return fail(result.error);
  redirect('/admin/sign-in?reset=1');
}
