'use client';
import { forwardRef } from 'react';

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: React.ReactNode };

/** A checkbox with its label beside it, the whole line a 44 px target (react-hook-form's `register` spreads onto it). */
export const CheckboxField = forwardRef<HTMLInputElement, Props>(function CheckboxField(
  { label, className = '', ...input },
  ref,
) {
  return (
    <label className={`flex min-h-11 items-center gap-2 ${className}`}>
      <input ref={ref} type="checkbox" className="size-5" {...input} />
      {label}
    </label>
  );
});
