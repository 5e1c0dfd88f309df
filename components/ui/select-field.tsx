'use client';
import { forwardRef } from 'react';
import { Field } from '@/components/ui/field';

type Props = React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string; hint?: string };

/** A labelled select with its hint and error (Field): the select's twin of TextField. */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { label, error, hint, id, className, children, ...select },
  ref,
) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => (
        <select
          ref={ref}
          {...control}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2 aria-invalid:border-red-700"
          {...select}
        >
          {children}
        </select>
      )}
    </Field>
  );
});
