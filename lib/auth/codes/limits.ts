// The numbers Portico uses for one-time codes (docs/SECURITY.md); no server-only import,
// so client components share them (the resend countdown).
export const CODE_TTL_MS = 10 * 60_000;
/** wrong tries that burn a code */
export const MAX_ATTEMPTS_PER_CODE = 5;
/** wrong tries per card and purpose within the window, across codes: a new code does not reset them */
export const MAX_FAILURES_PER_WINDOW = 10;
export const RESEND_AFTER_MS = 60_000;
export const WINDOW_MS = 60 * 60_000;
export const MAX_SENDS_PER_CARD = 5;
export const MAX_SENDS_PER_DESTINATION = 5;
export const MAX_SENDS_PER_IP = 20;
