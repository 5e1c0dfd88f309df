'use client';

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; pendingLabel?: string };

/** The main action button; shows a spinner and a pending label while its action runs. */
export function Button({ pending, pendingLabel, children, className = '', disabled, ...props }: Props) {
  return (
    <button
      {...props}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-accent px-4 font-semibold text-on-accent disabled:opacity-70 ${className}`}
    >
      {pending && (
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      )}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
