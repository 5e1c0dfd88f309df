/** What a client may get on their phone: each can be turned off (no server-only: the form shares it). */
export const PUSH_KINDS = ['appointment_reminder', 'invoice', 'document', 'message'] as const;
export type TPushKind = (typeof PUSH_KINDS)[number];
