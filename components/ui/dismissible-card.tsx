'use client';

const NINETY_DAYS_S = 90 * 24 * 3600;

/** Whether this browser said "Not now" to the offer kept under this cookie (read in an effect). */
export const dismissedHere = (cookie: string) => document.cookie.split('; ').includes(`${cookie}=1`);

/** "Not now": the offer stays away from this browser for 90 days (a plain cookie: it holds nothing). */
export function dismissHere(cookie: string) {
  document.cookie = `${cookie}=1; path=/; max-age=${NINETY_DAYS_S}; samesite=lax`;
}

/**
 * An offer the reader may put away (add a passkey, add the portal to the home screen): a region named
 * by its heading, a sentence, its action and "Not now".
 */
export function DismissibleCard({
  id,
  title,
  body,
  action,
  dismissLabel,
  onDismiss,
}: {
  /** the heading's id, unique on the page */
  id: string;
  title: string;
  body: string;
  action?: React.ReactNode;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-slate-200">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-slate-700">{body}</p>
      <div className="flex flex-wrap gap-3">
        {action}
        <button
          type="button"
          onClick={onDismiss}
          className="min-h-11 rounded-xl border border-slate-400 bg-white px-4 font-semibold text-slate-900"
        >
          {dismissLabel}
        </button>
      </div>
    </section>
  );
}
