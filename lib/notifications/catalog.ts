// The messages a business may reword (seed 000 "templates of notifications"): for each kind
// the catalogue keys of its default subject and body and the variables it can use. Codes,
// sign-in links and passwords set by staff are not here: a template must never be able to
// drop the secret they carry or the warning that goes with it.

export const TEMPLATE_KINDS = {
  appointment_booked_online: {
    namespace: 'appointmentEmail',
    subject: 'bookedOnlineSubject',
    body: 'bookedOnlineBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_booked_by_staff: {
    namespace: 'appointmentEmail',
    subject: 'bookedSubject',
    body: 'bookedBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_moved_by_staff: {
    namespace: 'appointmentEmail',
    subject: 'movedSubject',
    body: 'movedBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  appointment_cancelled_by_staff: {
    namespace: 'appointmentEmail',
    subject: 'cancelledSubject',
    body: 'cancelledBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'reason', 'portal_url'],
  },
  appointment_reminder: {
    namespace: 'appointmentEmail',
    subject: 'reminderSubject',
    body: 'reminderBody',
    variables: ['client_name', 'business_name', 'service', 'when', 'portal_url'],
  },
  registration: {
    namespace: 'registrationMessage',
    subject: 'subject',
    body: 'body',
    variables: ['client_name', 'business_name', 'login', 'password', 'portal_url'],
  },
  contact_acknowledgement: {
    namespace: 'contactEmail',
    subject: 'ackSubject',
    body: 'ackBody',
    variables: ['client_name', 'business_name', 'portal_url'],
  },
  payment_receipt: {
    namespace: 'paymentEmail',
    subject: 'receiptSubject',
    body: 'receiptBody',
    variables: ['client_name', 'business_name', 'amount', 'portal_url'],
  },
  page_access_granted: {
    namespace: 'paymentEmail',
    subject: 'accessSubject',
    body: 'accessBodyUntil',
    variables: ['client_name', 'business_name', 'page', 'day', 'portal_url'],
  },
  page_access_ending: {
    namespace: 'accessEndingEmail',
    subject: 'subject',
    body: 'body',
    variables: ['client_name', 'business_name', 'page', 'day', 'portal_url'],
  },
} as const;

export type TTemplateKind = keyof typeof TEMPLATE_KINDS;
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
): { error: 'brokenMarkup' } | { error: 'unknownVariable'; variable: string } | null {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth < 0 || depth > 1) return { error: 'brokenMarkup' };
  }
  if (depth !== 0) return { error: 'brokenMarkup' };
  for (const [, inner] of text.matchAll(/\{([^}]*)\}/g))
    if (!allowed.includes(inner)) return { error: 'unknownVariable', variable: inner };
  return null;
}

/** Puts the values into a checked template. */
export const fillTemplate = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
