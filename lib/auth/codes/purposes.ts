import type { TLoginMethod } from '@/lib/business/schemas';
import { CODE_TTL_MS } from './limits';

export type TCodePurpose = 'sign_in' | 'reset_password';

/**
 * What each kind of code is for. The purpose is part of the stored hash, so a code
 * made for one purpose never works for another.
 */
export const CODE_PURPOSES: Record<TCodePurpose, {
  /** may this business send this kind of code on this channel? */
  allowed: (methods: TLoginMethod[], channel: 'email' | 'sms') => boolean;
  /** the link sent with an email code */
  link: { purpose: string; ttlMs: number; path: string };
  /** the emails.* namespace of its messages */
  messages: 'oneTimeCode' | 'resetCode';
}> = {
  sign_in: {
    allowed: (methods, channel) => methods.includes(channel === 'email' ? 'email_code' : 'sms_code'),
    link: { purpose: 'sign_in_link', ttlMs: CODE_TTL_MS, path: 'sign-in/link' },
    messages: 'oneTimeCode',
  },
  reset_password: {
    allowed: (methods) => methods.includes('password'),
    link: { purpose: 'reset_password', ttlMs: 60 * 60_000, path: 'forgot-password/link' },
    messages: 'resetCode',
  },
};
