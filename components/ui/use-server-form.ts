'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { TResult, TFailure } from '@/lib/result';

/**
 * Puts a refusal's field codes under their fields (focus on the first) and answers its code, for the
 * form's message: one way every form shows what the server refused.
 */
export function applyFailure<T extends FieldValues>(form: UseFormReturn<T>, failure: TFailure): string {
  for (const [name, code] of Object.entries(failure.fields ?? {}))
    if (code) form.setError(name as FieldPath<T>, { message: code }, { shouldFocus: true });
  return failure.error;
}

/**
 * A react-hook-form form checked by the zod schema its server action checks again, submitted to
 * that action: field errors land under their fields (focus on the first), other refusals in the
 * form's message. `words` turns an error code into the reader's words.
 */
export function useServerForm<T extends FieldValues, R extends TResult<object>>({
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
      if (result.ok) return onSaved(result as Extract<R, { ok: true }>);
      setMessage(words(applyFailure(form, result)));
    }),
  );
  return { form, pending, message, errorAt, onSubmit };
}
