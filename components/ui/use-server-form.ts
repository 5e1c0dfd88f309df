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

type TNotice = { text: string; tone: 'error' | 'success' };

/** A form's submit, run in a transition once the schema passes: `pending` while the server works. */
export function useSubmit<T extends FieldValues>(form: UseFormReturn<T>, run: (values: T) => Promise<unknown>) {
  const [pending, startTransition] = useTransition();
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      await run(values);
    }),
  );
  return { pending, onSubmit };
}

/**
 * A react-hook-form form checked by the zod schema its server action checks again, submitted to
 * that action: field errors land under their fields (focus on the first), other refusals in the
 * form's message. `words` turns an error code into the reader's words (it also gets the whole
 * refusal); `onSaved` may answer a confirmation to show, or go elsewhere. An action that answers
 * nothing on success (it redirected) is fine too.
 */
export function useServerForm<T extends FieldValues, R extends TResult<object> | undefined | void>({
  schema,
  defaultValues,
  save,
  onSaved,
  words,
}: {
  /** the zod schema the action checks again; none where the form checks nothing itself */
  schema?: Parameters<typeof zodResolver>[0];
  defaultValues: DefaultValues<T>;
  save: (values: T) => Promise<R>;
  onSaved?: (result: Extract<R, { ok: true }>, values: T) => string | void | Promise<void>;
  words: (code: string, failure?: Extract<R, { ok: false }>) => string;
}) {
  const [notice, setNotice] = useState<TNotice | null>(null);
  const form = useForm<T>({
    resolver: schema ? (zodResolver(schema) as unknown as Resolver<T>) : undefined,
    defaultValues,
  });
  const errorAt = (path: FieldPath<T>) => {
    const code = form.getFieldState(path, form.formState).error?.message;
    return code ? words(code) : undefined;
  };
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setNotice(null);
    const result = await save(values);
    if (!result) return;
    if (result.ok) {
      const confirmation = await onSaved?.(result as Extract<R, { ok: true }>, values);
      if (typeof confirmation === 'string') setNotice({ text: confirmation, tone: 'success' });
      return;
    }
    const failure = result as Extract<R, { ok: false }>;
    setNotice({ text: words(applyFailure(form, failure), failure), tone: 'error' });
  });
  return {
    form,
    pending,
    /** the form's message: what was refused, or the confirmation `onSaved` gave */
    message: notice?.text ?? null,
    tone: notice?.tone ?? 'error',
    errorAt,
    onSubmit,
  };
}
