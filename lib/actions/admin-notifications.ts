'use server';
import { createTranslator } from 'next-intl';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { portalUrl } from '@/lib/business/portal-url';
import { isLocale, loadMessages } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { fillTemplate, isTemplateKind } from '@/lib/notifications/catalog';
import { checkTemplate, resetTemplate, sampleVariables, saveTemplate } from '@/lib/notifications/template-overrides';
import { fail, invalid } from '@/lib/result';

type TValues = { subject: unknown; body: unknown };

/** Saves the business's wording of a message in a language; owners and admins. */
export async function saveTemplateAction(businessSlug: string, kind: string, locale: string, values: TValues) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    const result = await saveTemplate({
      businessId: business.id,
      kind,
      locale,
      values: values ?? {},
      staffIdentityId: staff.id,
    });
    revalidatePath(`/admin/${business.slug}/notifications`, 'layout');
    return result;
  });
}

export async function resetTemplateAction(businessSlug: string, kind: string, locale: string) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    const result = await resetTemplate({ businessId: business.id, kind, locale, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/notifications`, 'layout');
    return result;
  });
}

/** The unsaved wording filled with sample data (checked as for saving). */
async function rendered(business: { slug: string; name: string }, kind: string, locale: string, values: TValues) {
  if (!isTemplateKind(kind) || !isLocale(locale)) return fail('invalid');
  const problem = checkTemplate(kind, values ?? {});
  if (problem) return invalid(problem);
  const sample = await sampleVariables(business, locale, portalUrl(business));
  return {
    ok: true as const,
    locale,
    subject: fillTemplate(String(values.subject ?? '').trim(), sample),
    body: fillTemplate(String(values.body).trim(), sample),
  };
}

export async function previewTemplateAction(businessSlug: string, kind: string, locale: string, values: TValues) {
  return withStaffAction(businessSlug, 'settings.write', async ({ business }) => {
    const result = await rendered(business, kind, locale, values);
    return result.ok ? { ok: true as const, subject: result.subject, body: result.body } : result;
  });
}

/** The unsaved wording, with sample data, to the signed-in staff member's own email. */
export async function sendTestTemplateAction(businessSlug: string, kind: string, locale: string, values: TValues) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    const result = await rendered(business, kind, locale, values);
    if (!result.ok) return result;
    if (!staff.email) return fail('invalid');
    const messages = await loadMessages(result.locale);
    const t = createTranslator({ locale: result.locale, messages, namespace: 'emails' });
    const kinds = createTranslator({ locale: result.locale, messages, namespace: 'admin.notifications.kinds' });
    await sendNoticeEmail({
      business,
      to: staff.email,
      kind: 'template_test',
      locale: result.locale,
      // an SMS has no subject: the test email is titled with what it is
      heading: result.subject || kinds(kind as 'registration'),
      body: result.body,
      footer: t('staffFooter', { business: business.name }),
    });
    return { ok: true as const, email: staff.email };
  });
}
