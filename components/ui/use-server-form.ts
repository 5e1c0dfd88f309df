'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver } from 'react-hook-form';

/** What a form's server action answers: done, refused with field errors, or refused outright. */
export type TFormResult =
  ({ ok: true } & Record<string, unknown>) | { ok: false; errors: Partial<Record<string, string>> } | { error: string };

/**
 * A react-hook-form form checked by the zod schema its server action checks again, submitted to
 * that action: field errors land under their fields (focus on the first), other refusals in the
 * form's message. `words` turns an error code into the reader's words.
 */
export function useServerForm<T extends FieldValues, R extends TFormResult>({
  schema,
  defaultValues,
  save,
  onSaved,
  words,
}: {
  schema: Parameters<typeof zodResolver>[0];
  defaultValues: DefaultValues<T>;
  save: (values: T) => Promise<R>;
  onSaved: (result: Extract<R, { ok: true }>) => void;
  words: (code: string) => string;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<T>({ resolver: zodResolver(schema) as unknown as Resolver<T>, defaultValues });
  const errorAt = (path: FieldPath<T>) => {
    const code = form.getFieldState(path, form.formState).error?.message;
    return code ? words(code) : undefined;
  };
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await save(values);
      if ('ok' in result && result.ok) return onSaved(result as Extract<R, { ok: true }>);
      if ('error' in result) return setMessage(words(result.error));
      const { form: formError, ...fields } = (result as { errors: Partial<Record<string, string>> }).errors;
      for (const [name, code] of Object.entries(fields))
        if (code) form.setError(name as FieldPath<T>, { message: code }, { shouldFocus: true });
      setMessage(words(formError ?? 'invalid'));
    }),
  );
  return { form, pending, message, errorAt, onSubmit };
}
