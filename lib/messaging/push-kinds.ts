/** What a client may get on their phone: each can be turned off (no server-only: the form shares it). */
export const PUSH_KINDS = ['appointment_reminder', 'invoice', 'document'] as const;
export type TPushKind = (typeof PUSH_KINDS)[number];

export function parsePushKinds(value: string): TPushKind[] {
  return value.split(',').filter((k): k is TPushKind => (PUSH_KINDS as readonly string[]).includes(k));
}
