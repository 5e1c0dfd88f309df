/**
 * A field of the form a server action was posted with. An action's arguments are
 * whatever the request says, not what its TypeScript signature says: called by hand
 * with something other than a form, it reads no field (null), as for an empty form,
 * instead of failing with a server error.
 */
export function formField(form: unknown, name: string): FormDataEntryValue | null {
  return form instanceof FormData ? form.get(name) : null;
}
