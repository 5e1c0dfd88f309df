import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** 403: shown by forbidden() when a staff member's role lacks a page's permission. */
export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
      <Link href="/admin" className="mx-auto rounded-lg px-4 py-3 font-medium text-blue-800 underline">
        {t('back')}
      </Link>
    </main>
  );
}
