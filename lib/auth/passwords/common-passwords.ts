import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';

// zxcvbn-ts's maintained list of common passwords (about 49,000), kept on the server.
let common: Set<string> | undefined;

export function isCommonPassword(password: string) {
  common ??= new Set((dictionary as Record<string, string[]>)['passwords-common']);
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.replace(/[\d!?.]+$/, ''));
}
