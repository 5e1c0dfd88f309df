/** A form's errors by field path ("lines.0.quantity"), as message keys of its catalogue section. */
export type TFieldErrors = Partial<Record<string, string>>;

/** zod issues as the form's field errors: the first message for each path. */
export function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): TFieldErrors {
  const errors: TFieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'form';
    errors[path] ??= issue.message;
  }
  return errors;
}
