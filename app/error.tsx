'use client';
import { useTranslations } from 'next-intl';

/**
 * A page that failed on the server. The reference is the error's digest, which the
 * server's log line for the same failure carries beside the request id
 * (scripts/server.mjs), so a client can quote it and staff can find the request.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('httpErrors');
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16 text-center">
      {/* the page's metadata may be what failed: the tab still says what happened (React puts it in <head>) */}
      <title>{t('serverError.title')}</title>
      <h1 className="text-2xl font-semibold">{t('serverError.title')}</h1>
      <p className="text-slate-700">{t('serverError.body')}</p>
      <button
        type="button"
        onClick={reset}
        className="mx-auto min-h-11 rounded-lg bg-blue-800 px-4 py-2 font-medium text-white"
      >
        {t('tryAgain')}
      </button>
      {error.digest && <p className="text-sm text-slate-600">{t('reference', { id: error.digest })}</p>}
    </main>
  );
}
