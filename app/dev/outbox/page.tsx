import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { isDemoMode } from '@/lib/env';
import { listOutbox } from '@/lib/messaging/list-outbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('title'), robots: { index: false } };
}

export default async function OutboxPage({ searchParams }: PageProps<'/dev/outbox'>) {
  if (!isDemoMode()) notFound();
  const { to } = await searchParams;
  const recipient = typeof to === 'string' ? to : undefined;
  const [t, format, messages] = await Promise.all([
    getTranslations('outbox'),
    getFormatter(),
    listOutbox({ to: recipient }),
  ]);
  return (
    <main id="main" className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('lead')}</p>
      <form className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-sm font-medium">
            {t('filter')}
          </label>
          <input
            id="to"
            name="to"
            defaultValue={recipient}
            className="min-h-11 rounded-lg border border-slate-400 px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-medium">
          {t('filterSubmit')}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">{t('to')}</dt>
                <dd>{m.to}</dd>
                <dt className="text-slate-600">{t('channel')}</dt>
                <dd>
                  {m.channel} · {m.kind}
                </dd>
                <dt className="text-slate-600">{t('status')}</dt>
                <dd>{m.status}</dd>
                <dt className="text-slate-600">{t('sentAt')}</dt>
                <dd>{format.dateTime(m.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</dd>
                {m.subject && (
                  <>
                    <dt className="text-slate-600">{t('subject')}</dt>
                    <dd>{m.subject}</dd>
                  </>
                )}
              </dl>
              <pre
                className="mt-2 rounded bg-slate-50 p-2 text-sm break-words whitespace-pre-wrap"
                aria-label={t('body')}
              >
                {m.text}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
