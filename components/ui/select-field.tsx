'use client';
import { forwardRef, useId } from 'react';

type Props = React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string };

/** A labelled select with its error under it (the select's twin of TextField). */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { label, error, id, className = '', children, ...select },
  ref,
) {
  const autoId = useId();
  const selectId = id ?? autoId;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        ref={ref}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2 aria-invalid:border-red-700"
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
});
