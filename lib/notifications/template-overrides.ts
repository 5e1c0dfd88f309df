import 'server-only';
import { createTranslator } from 'next-intl';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { isLocale, loadMessages, type TLocale } from '@/lib/i18n/locales';
import {
  asTemplateText,
  fillTemplate,
  isTemplateKind,
  templateProblem,
  TEMPLATE_KINDS,
  type TTemplateKind,
} from './catalog';

/** The business's enabled rewording of a message in a language, or null (the built-in text is used). */
export async function findTemplateOverride(businessId: string, kind: string, locale: string) {
  if (!isTemplateKind(kind)) return null;
  return db.notificationTemplate.findUnique({
    where: { businessId_kind_channel_locale: { businessId, kind, channel: 'email', locale } },
    select: { subject: true, body: true, enabled: true },
  });
}

/** Applies an override to a message about to be sent (the variables are the message's own values). */
export async function applyTemplateOverride(
  message: { businessId: string; kind: string; locale: string; heading: string; body: string },
  variables: Record<string, string> | undefined,
) {
  if (!variables) return message;
  const override = await findTemplateOverride(message.businessId, message.kind, message.locale);
  if (!override?.enabled) return message;
  return {
    ...message,
    heading: override.subject ? fillTemplate(override.subject, variables) : message.heading,
    body: fillTemplate(override.body, variables),
  };
}

/** The built-in subject and body of a kind in a language, written with the variables staff use. */
export async function defaultTemplate(kind: TTemplateKind, locale: TLocale) {
  const spec = TEMPLATE_KINDS[kind];
  const messages = (await loadMessages(locale)) as unknown as Record<string, Record<string, string>>;
  return {
    subject: asTemplateText(messages[spec.namespace][spec.subject]),
    body: asTemplateText(messages[spec.namespace][spec.body]),
  };
}

/** Every kind in every language: whether the business reworded it. */
export async function listTemplateOverrides(businessId: string) {
  const rows = await db.notificationTemplate.findMany({
    where: { businessId, channel: 'email' },
    select: { kind: true, locale: true },
  });
  return new Set(rows.map((r) => `${r.kind}:${r.locale}`));
}

type TTemplateError = { subject?: string; body?: string; variable?: string } | { form: 'invalid' };

/** Checks a template; the errors name the field, and the unknown variable when there is one. */
export function checkTemplate(kind: TTemplateKind, values: { subject: unknown; body: unknown }): TTemplateError | null {
  const allowed = TEMPLATE_KINDS[kind].variables;
  if (typeof values.subject !== 'string' || typeof values.body !== 'string') return { form: 'invalid' };
  const subject = values.subject.trim();
  const body = values.body.trim();
  if (!subject) return { subject: 'subjectRequired' };
  if (!body) return { body: 'bodyRequired' };
  if (subject.length > 200) return { subject: 'tooLong' };
  if (body.length > 4000) return { body: 'tooLong' };
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    const problem = templateProblem(text, allowed);
    if (problem)
      return { [field]: problem.error, ...(problem.error === 'unknownVariable' ? { variable: problem.variable } : {}) };
  }
  return null;
}

/** Saves the business's wording of a kind in a language (checked first; nothing saved when wrong). */
export async function saveTemplate({
  businessId,
  kind,
  locale,
  values,
  staffIdentityId,
}: {
  businessId: string;
  kind: unknown;
  locale: unknown;
  values: { subject: unknown; body: unknown };
  staffIdentityId: string;
}) {
  if (!isTemplateKind(kind) || !isLocale(locale)) return { ok: false as const, errors: { form: 'invalid' } };
  const problem = checkTemplate(kind, values);
  if (problem) return { ok: false as const, errors: problem };
  const data = { subject: String(values.subject).trim(), body: String(values.body).trim(), enabled: true };
  await db.notificationTemplate.upsert({
    where: { businessId_kind_channel_locale: { businessId, kind, channel: 'email', locale } },
    create: { businessId, kind, channel: 'email', locale, ...data },
    update: data,
  });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'notification_template.saved',
    targetType: 'template',
    targetId: `${kind}:${locale}`,
  });
  return { ok: true as const };
}

/** Back to the built-in wording. */
export async function resetTemplate({
  businessId,
  kind,
  locale,
  staffIdentityId,
}: {
  businessId: string;
  kind: unknown;
  locale: unknown;
  staffIdentityId: string;
}) {
  if (!isTemplateKind(kind) || !isLocale(locale)) return { ok: false as const };
  await db.notificationTemplate.deleteMany({ where: { businessId, kind, channel: 'email', locale } });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'notification_template.reset',
    targetType: 'template',
    targetId: `${kind}:${locale}`,
  });
  return { ok: true as const };
}

/** Sample values for the preview and the test message, in the template's language. */
export async function sampleVariables(business: { name: string }, locale: TLocale, portalUrl: string) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'admin.notifications.sample' });
  return {
    client_name: t('clientName'),
    business_name: business.name,
    service: t('service'),
    when: t('when'),
    reason: t('reason'),
    login: 'anna.rossi@example.com',
    password: 'abcd-efgh-jkmn-pqrs',
    amount: t('amount'),
    page: t('page'),
    day: t('day'),
    portal_url: portalUrl,
  } as Record<string, string>;
}
