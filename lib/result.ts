/**
 * The one shape of what an action or a domain function answers when it can refuse (ARCHITECTURE.md,
 * "Results and errors"): `{ ok: true, ...value }`, or `{ ok: false, error, fields? }` where `error`
 * is a code the screen turns into the reader's words (its catalogue's `errors.<code>`) and `fields`
 * puts a code under each field that caused it. What no one expected is not a result: it is thrown,
 * and reaches the error page with its reference.
 */
/** A form's errors by field path ("lines.0.quantity"), as codes of its catalogue section. */
export type TFieldErrors = Partial<Record<string, string>>;

export type TFailure<C extends string = string> = { ok: false; error: C; fields?: TFieldErrors };

export type TResult<T extends object = object, C extends string = string> = ({ ok: true } & T) | TFailure<C>;

/** A refusal with its code, and the field errors behind it when there are any. */
export function fail<const C extends string>(error: C, fields?: TFieldErrors): TFailure<C> {
  return fields ? { ok: false, error, fields } : { ok: false, error };
}

/**
 * A form refused field by field: the codes go under their fields; a `form` entry, where a check of the
 * whole form put one, becomes the refusal's code, otherwise `invalid`.
 */
export function invalid(errors: TFieldErrors): TFailure {
  const { form, ...fields } = errors;
  return fail(form ?? 'invalid', Object.keys(fields).length ? fields : undefined);
}

/** zod's issues as a refused form: the first message for each field path ("lines.0.quantity"). */
export function invalidInput(error: { issues: { path: PropertyKey[]; message: string }[] }): TFailure {
  const errors: TFieldErrors = {};
  for (const issue of error.issues) errors[issue.path.map(String).join('.') || 'form'] ??= issue.message;
  return invalid(errors);
}

/**
 * Thrown inside a transaction to refuse and roll back everything the transaction wrote; the caller's
 * `catch` answers `error.failure` (or `refusable` does it). Anything else thrown goes on up.
 */
export class Refusal extends Error {
  constructor(readonly failure: TFailure) {
    super(failure.error);
    this.name = 'Refusal';
  }
}

const STATUS: Partial<Record<string, number>> = {
  unauthorized: 401,
  forbidden: 403,
  cross_origin: 403,
  view_only: 403,
  notFound: 404,
  not_found: 404,
  too_large: 413,
  type: 415,
  rate_limited: 429,
};

/** A refusal as a route handler's answer: `{ error }` with the status its code means (400 for the rest). */
export function refusalResponse(failure: TFailure, statuses: Partial<Record<string, number>> = {}): Response {
  return Response.json({ error: failure.error }, { status: statuses[failure.error] ?? STATUS[failure.error] ?? 400 });
}
