'use client';
import { forwardRef } from 'react';
import { Field } from '@/components/ui/field';

type TFieldProps = { label: string; error?: string; hint?: string };

/** A labelled input with its hint and error (Field). */
export const TextField = forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement> & TFieldProps>(
  function TextField({ label, error, hint, id, className, ...input }, ref) {
    return (
      <Field label={label} error={error} hint={hint} id={id} className={className}>
        {(control) => (
          <input
            ref={ref}
            {...control}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700"
            {...input}
          />
        )}
      </Field>
    );
  },
);

/** A labelled multi-line input (notes, an address, a description); `mono` for text with markup. */
export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  React.TextareaHTMLAttributes<HTMLTextAreaElement> & TFieldProps & { mono?: boolean }
>(function TextAreaField({ label, error, hint, id, className, mono, ...textarea }, ref) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => (
        <textarea
          ref={ref}
          {...control}
          className={`min-h-24 rounded-lg border border-slate-400 bg-white p-2 text-slate-900 aria-invalid:border-red-700 ${mono ? 'font-mono text-sm' : 'text-base'}`}
          {...textarea}
        />
      )}
    </Field>
  );
});
