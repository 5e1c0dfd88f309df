import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Previous / next links that keep the other query parameters (the list's state lives in the URL). */
export async function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations('pagination');
  const link = 'inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 font-medium';
  return (
    <nav aria-label={t('label')} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t('status', { page, pages })}</span>
      {page < pages ? (
        <Link className={link} href={href(page + 1)} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
