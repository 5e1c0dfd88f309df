import { CredentialsSignin } from 'next-auth';
import type { TCodeError } from './codes/verify-sign-in-code';

/** Carries the reason a code was refused to the sign-in action (never whether an account exists). */
export class CodeSignInError extends CredentialsSignin {
  constructor(reason: TCodeError) {
    super(reason);
    this.code = reason;
  }
}
