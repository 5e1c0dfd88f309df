import { parseLoginMethods } from '@/lib/business/schemas';
import { CODE_TTL_MS } from './limits';

export type TCodePurpose = 'sign_in' | 'reset_password' | 'sign_up';

type TBusinessRules = { loginMethods: string; allowSelfSignUp: boolean };

/**
 * What each kind of code is for. The purpose is part of the stored hash, so a code
 * made for one purpose never works for another.
 */
export const CODE_PURPOSES: Record<
  TCodePurpose,
  {
    /** may this business send this kind of code on this channel? */
    allowed: (business: TBusinessRules, channel: 'email' | 'sms') => boolean;
    /** sent only to an existing card (sign-in, reset), or to any address being proven (sign-up) */
    needsCard: boolean;
    /** the link sent with an email code, if any */
    link: { purpose: string; ttlMs: number; path: string } | null;
    /** the emails.* namespace of its messages */
    messages: 'oneTimeCode' | 'resetCode' | 'signUpCode';
  }
> = {
  sign_in: {
    allowed: (b, channel) =>
      parseLoginMethods(b.loginMethods).includes(channel === 'email' ? 'email_code' : 'sms_code'),
    needsCard: true,
    link: { purpose: 'sign_in_link', ttlMs: CODE_TTL_MS, path: 'sign-in/link' },
    messages: 'oneTimeCode',
  },
  reset_password: {
    allowed: (b) => parseLoginMethods(b.loginMethods).includes('password'),
    needsCard: true,
    link: { purpose: 'reset_password', ttlMs: 60 * 60_000, path: 'forgot-password/link' },
    messages: 'resetCode',
  },
  sign_up: {
    allowed: (b) => b.allowSelfSignUp && parseLoginMethods(b.loginMethods).includes('password'),
    needsCard: false,
    link: null,
    messages: 'signUpCode',
  },
};

/** The code's owner in its hash and queries: the card, or for sign-up the address being proven. */
export const codeSubject = (card: { id: string } | null, destination: string) => card?.id ?? `address:${destination}`;
