import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { listClientPages } from '@/lib/pages/restricted-pages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pages'))('title') };
}

export default async function PagesList({ params }: PageProps<'/p/[portal]/pages'>) {
  const { business, client } = await portalContext(params);
  const [t, format, pages] = await Promise.all([
    getTranslations('pages'),
    getFormatter(),
    listClientPages({ businessId: business.id, clientId: client.id }),
  ]);
  const date = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {pages.length === 0 ? (
        <EmptyState>{t('empty', { business: business.name })}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {pages.map((p) => (
            <li key={p.slug}>
              <Link
                href={`/p/${business.slug}/pages/${p.slug}`}
                className="flex flex-col rounded-2xl bg-white p-4 ring-1 ring-slate-200 hover:ring-slate-400"
              >
                <span className="font-semibold">{p.title}</span>
                <span className="text-sm text-slate-700">
                  {p.state === 'expired'
                    ? t('expired', { date: date(new Date(p.until!.getTime() - 1)), business: business.name })
                    : p.state === 'upcoming'
                      ? t('upcoming', { date: date(p.from) })
                      : p.until
                        ? t('until', { date: date(new Date(p.until.getTime() - 1)) })
                        : t('unlimited')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
