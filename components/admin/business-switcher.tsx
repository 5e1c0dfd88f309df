import { getTranslations } from 'next-intl/server';

/** The staff member's other businesses, one click away (shown when there is more than one). */
export async function BusinessSwitcher({
  current,
  businesses,
}: {
  current: string;
  businesses: { slug: string; name: string }[];
}) {
  if (businesses.length < 2) return null;
  const t = await getTranslations('admin');
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium">
        {t('switchBusiness')}
      </summary>
      <ul className="absolute right-0 z-10 mt-1 min-w-56 rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">
        {businesses.map((b) => (
          <li key={b.slug}>
            <a
              href={`/admin/${b.slug}/clients`}
              aria-current={b.slug === current ? 'page' : undefined}
              className="block rounded px-3 py-2 hover:bg-slate-100 aria-[current=page]:font-semibold"
            >
              {b.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
