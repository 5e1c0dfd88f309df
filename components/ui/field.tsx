'use client';
import { useId } from 'react';

/** What a control needs from its field: its id, and the hint and error that describe it. */
export type TControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A form field: its label, the control (rendered by `children` with the ids it needs), a hint and
 * the error under it, announced and linked by aria-describedby. The base of every input of the kit.
 */
export function Field({
  label,
  hint,
  error,
  id,
  className = '',
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  className?: string;
  children: (control: TControlProps) => React.ReactNode;
}) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={controlId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
