type TValue = string | number | boolean | null;

/**
 * What a settings change changed, field by field, from its audit entry (`before` and
 * `after` as the settings writer records them): [{ field, from, to }], in the order saved.
 */
export function settingsChanges(meta: Record<string, unknown> | null) {
  if (!meta || typeof meta.before !== 'string' || typeof meta.after !== 'string') return [];
  try {
    const before = JSON.parse(meta.before) as Record<string, TValue>;
    const after = JSON.parse(meta.after) as Record<string, TValue>;
    return Object.keys(after).map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
  } catch {
    return [];
  }
}

/** The settings form's label key for a stored field, where the two are named differently. */
export const SETTING_LABELS: Record<string, string> = {
  name: 'businessName',
  accentColor: 'accent',
  defaultLocale: 'language',
  loginMethods: 'methods',
  cancellationCutoffHours: 'cutoff',
  cancellationReasonRequired: 'reasonRequired',
  bookingNoticeHours: 'noticeHours',
  bookingHorizonDays: 'horizonDays',
  bookingStepMinutes: 'stepMinutes',
  defaultTaxRateBp: 'defaultTaxRate',
};
