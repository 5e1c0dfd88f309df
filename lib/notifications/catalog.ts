// The messages a business may reword (seed 000 "templates of notifications"): for each email
// kind and a few SMS texts, the catalogue keys of the default subject and body and the variables
// it can use. Codes,
// sign-in links and passwords set by staff are not here: a template must never be able to
// drop the secret they carry or the warning that goes with it.
import { fail, type TFailure } from '@/lib/result';

export const TEMPLATE_KINDS = {
  appointment_booked_online: {
    channel: 'email',
    namespace: 'appointmentEmail',
    subject: 'bookedOnlineSubject',
    body: 'bookedOnlineBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_booked_by_staff: {
    channel: 'email',
    namespace: 'appointmentEmail',
    subject: 'bookedSubject',
    body: 'bookedBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_moved_by_staff: {
    channel: 'email',
    namespace: 'appointmentEmail',
    subject: 'movedSubject',
    body: 'movedBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_cancelled_by_staff: {
    channel: 'email',
    namespace: 'appointmentEmail',
    subject: 'cancelledSubject',
    body: 'cancelledBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'reason', 'portal_url'],
  },
  appointment_reminder: {
    channel: 'email',
    namespace: 'appointmentEmail',
    subject: 'reminderSubject',
    body: 'reminderBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  registration: {
    channel: 'email',
    namespace: 'registrationMessage',
    subject: 'subject',
    body: 'body',
    variables: ['client_name', 'business_name', 'login', 'password', 'portal_url'],
  },
  contact_acknowledgement: {
    channel: 'email',
    namespace: 'contactEmail',
    subject: 'ackSubject',
    body: 'ackBody',
    variables: ['client_name', 'business_name', 'portal_url'],
  },
  payment_receipt: {
    channel: 'email',
    namespace: 'paymentEmail',
    subject: 'receiptSubject',
    body: 'receiptBody',
    variables: ['client_name', 'business_name', 'amount', 'portal_url'],
  },
  page_access_granted: {
    channel: 'email',
    namespace: 'paymentEmail',
    subject: 'accessSubject',
    body: 'accessBodyUntil',
    variables: ['client_name', 'business_name', 'page', 'day', 'portal_url'],
  },
  page_access_ending: {
    channel: 'email',
    namespace: 'accessEndingEmail',
    subject: 'subject',
    body: 'body',
    variables: ['client_name', 'business_name', 'page', 'day', 'portal_url'],
  },
  sms_appointment_reminder: {
    channel: 'sms',
    kind: 'appointment_reminder',
    namespace: 'appointmentEmail',
    subject: null,
    body: 'reminderSms',
    variables: ['business_name', 'service', 'time'],
  },
  sms_registration: {
    channel: 'sms',
    kind: 'registration',
    namespace: 'registrationMessage',
    subject: null,
    body: 'sms',
    variables: ['business_name', 'login', 'password'],
  },
  sms_contact_acknowledgement: {
    channel: 'sms',
    kind: 'contact_acknowledgement',
    namespace: 'contactEmail',
    subject: null,
    body: 'ackSms',
    variables: ['business_name'],
  },
} as const;

export type TTemplateKind = keyof typeof TEMPLATE_KINDS;

/** What a template entry is stored as: the message kind (the SMS entries share the email's) and channel. */
export function storedAs(id: TTemplateKind): { kind: string; channel: 'email' | 'sms' } {
  const spec = TEMPLATE_KINDS[id];
  return { kind: 'kind' in spec ? spec.kind : id, channel: spec.channel };
}

/** Variables a message cannot do without: the registration message exists to give the login and password. */
export const REQUIRED_VARIABLES: Partial<Record<TTemplateKind, readonly string[]>> = {
  registration: ['login', 'password'],
  sms_registration: ['login', 'password'],
};
export const isTemplateKind = (kind: unknown): kind is TTemplateKind =>
  typeof kind === 'string' && Object.hasOwn(TEMPLATE_KINDS, kind);

/** Our catalogue's argument names → the variables staff write (`{name}` → `{client_name}`). */
const ARGUMENT_TO_VARIABLE: Record<string, string> = {
  name: 'client_name',
  business: 'business_name',
  link: 'portal_url',
};

const toVariable = (argument: string) => ARGUMENT_TO_VARIABLE[argument] ?? argument;

/** A catalogue text with its {arguments} written as template variables, for the editor. */
export const asTemplateText = (text: string) => text.replace(/\{(\w+)\}/g, (_, arg: string) => `{${toVariable(arg)}}`);

/** The values a message was translated with, as template variables. */
export const toVariables = (values: Record<string, string>, portalUrl: string) => ({
  ...Object.fromEntries(Object.entries(values).map(([k, v]) => [toVariable(k), v])),
  portal_url: portalUrl,
});

/**
 * Checks a template: every {variable} is one of the kind's, and braces are balanced.
 * Returns the first problem, or null.
 */
export function templateProblem(
  text: string,
  allowed: readonly string[],
): TFailure<'brokenMarkup' | 'unknownVariable'> | null {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth < 0 || depth > 1) return fail('brokenMarkup');
  }
  if (depth !== 0) return fail('brokenMarkup');
  for (const [, inner] of text.matchAll(/\{([^}]*)\}/g))
    if (!allowed.includes(inner)) return fail('unknownVariable', { variable: inner });
  return null;
}

/** Puts the values into a checked template. */
export const fillTemplate = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
