import { z } from 'zod';

/** A slug in a URL (a portal, a restricted page): lowercase letters, digits and inner hyphens, 1–63 characters. */
export const ZSlug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);

export const LOGIN_METHODS = ['password', 'email_code', 'sms_code', 'google', 'passkey'] as const;
export type TLoginMethod = (typeof LOGIN_METHODS)[number];

export function parseLoginMethods(value: string): TLoginMethod[] {
  return value
    .split(',')
    .map((m) => m.trim())
    .filter((m): m is TLoginMethod => (LOGIN_METHODS as readonly string[]).includes(m));
}

/** Conversations (issue 30): whether clients may start one, only answer staff, or neither. */
export const CLIENT_MESSAGING = ['start', 'reply', 'off'] as const;
export type TClientMessaging = (typeof CLIENT_MESSAGING)[number];
