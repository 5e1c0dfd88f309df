import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const SECTIONS = [
  'dashboard',
  'schedule',
  'invoices',
  'payments',
  'documents',
  'pages',
  'profile',
  'security',
] as const;

/** The portal's sections: a bottom bar on phones (within thumb reach), a row under the header on larger screens. */
export async function PortalNav({ portal }: { portal: string }) {
  const t = await getTranslations('account');
  return (
    <nav
      aria-label={t('portalNav')}
      className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white md:static md:border-0 md:bg-transparent"
    >
      <ul className="mx-auto flex max-w-3xl justify-between overflow-x-auto px-2 md:justify-start md:gap-2 md:px-4">
        {SECTIONS.map((section) => (
          <li key={section}>
            <Link
              href={`/p/${portal}/${section}`}
              className="flex min-h-12 items-center px-2 text-sm font-medium text-slate-800 underline-offset-4 hover:underline"
            >
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
