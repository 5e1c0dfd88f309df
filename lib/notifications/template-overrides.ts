import 'server-only';
import { fail, invalid } from '@/lib/result';
import { createTranslator } from 'next-intl';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { isLocale, loadMessages, type TLocale } from '@/lib/i18n/locales';
import {
  asTemplateText,
  fillTemplate,
  isTemplateKind,
  REQUIRED_VARIABLES,
  storedAs,
  templateProblem,
  TEMPLATE_KINDS,
  type TTemplateKind,
} from './catalog';

/** The business's rewording of a catalogue entry in a language, or null (the built-in text is used). */
export async function findTemplateOverride(businessId: string, id: TTemplateKind, locale: string) {
  return db.notificationTemplate.findUnique({
    where: { businessId_kind_channel_locale: { businessId, ...storedAs(id), locale } },
    select: { subject: true, body: true, enabled: true },
  });
}

/** An SMS about to be sent, with the business's wording of it when there is one. */
export async function applySmsOverride(
  message: { businessId: string; kind: string; locale: string; text: string },
  variables: Record<string, string>,
) {
  const id = `sms_${message.kind}`;
  if (!isTemplateKind(id)) return message.text;
  const override = await findTemplateOverride(message.businessId, id, message.locale);
  return override?.enabled ? fillTemplate(override.body, variables) : message.text;
}

/** Applies an override to a message about to be sent (the variables are the message's own values). */
export async function applyTemplateOverride(
  message: { businessId: string; kind: string; locale: string; heading: string; body: string },
  variables: Record<string, string> | undefined,
) {
  if (!variables || !isTemplateKind(message.kind)) return message;
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
    subject: spec.subject ? asTemplateText(messages[spec.namespace][spec.subject]) : '',
    body: asTemplateText(messages[spec.namespace][spec.body]),
  };
}

/** Every kind in every language: whether the business reworded it. */
export async function listTemplateOverrides(businessId: string) {
  const rows = await db.notificationTemplate.findMany({
    where: { businessId },
    select: { kind: true, channel: true, locale: true },
  });
  return new Set(rows.map((r) => `${r.channel === 'sms' ? `sms_${r.kind}` : r.kind}:${r.locale}`));
}

type TTemplateError = { subject?: string; body?: string; variable?: string } | { form: 'invalid' };

/** Checks a template; the errors name the field, and the unknown variable when there is one. */
export function checkTemplate(kind: TTemplateKind, values: { subject: unknown; body: unknown }): TTemplateError | null {
  const spec = TEMPLATE_KINDS[kind];
  const allowed: readonly string[] = spec.variables;
  const isSms = spec.channel === 'sms';
  if ((!isSms && typeof values.subject !== 'string') || typeof values.body !== 'string') return { form: 'invalid' };
  const subject = isSms ? '' : String(values.subject).trim();
  const body = values.body.trim();
  if (!isSms && !subject) return { subject: 'subjectRequired' };
  if (!body) return { body: 'bodyRequired' };
  if (subject.length > 200) return { subject: 'tooLong' };
  if (body.length > (isSms ? 320 : 4000)) return { body: 'tooLong' };
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    const problem = templateProblem(text, allowed);
    if (problem) return { [field]: problem.error, ...problem.fields };
  }
  for (const variable of REQUIRED_VARIABLES[kind] ?? [])
    if (!body.includes(`{${variable}}`)) return { body: 'variableRequired', variable };
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
  if (!isTemplateKind(kind) || !isLocale(locale)) return fail('invalid');
  const problem = checkTemplate(kind, values);
  if (problem) return invalid(problem);
  const stored = storedAs(kind);
  const subject = stored.channel === 'sms' ? null : String(values.subject).trim();
  const data = { subject, body: String(values.body).trim(), enabled: true };
  await db.notificationTemplate.upsert({
    where: { businessId_kind_channel_locale: { businessId, ...stored, locale } },
    create: { businessId, ...stored, locale, ...data },
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
  if (!isTemplateKind(kind) || !isLocale(locale)) return fail('invalid');
  await db.notificationTemplate.deleteMany({ where: { businessId, ...storedAs(kind), locale } });
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
    time: t('time'),
    portal_url: portalUrl,
  } as Record<string, string>;
}
