import { getTranslations } from 'next-intl/server';
import { CLIENT_SORTS, CLIENT_SOURCES, CLIENT_STATUSES, type TClientListQuery } from '@/lib/clients/schemas';

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

/** Search, filters and sort as a plain GET form: the state is the URL, works without JavaScript. */
export async function ClientListFilters({ query, action }: { query: TClientListQuery; action: string }) {
  const t = await getTranslations('admin.clients');
  return (
    <form action={action} role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="client-search" className="text-sm font-medium">
          {t('search')}
        </label>
        <input
          id="client-search"
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t('searchHint')}
          className={field}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="client-status" className="text-sm font-medium">
          {t('status')}
        </label>
        <select id="client-status" name="status" defaultValue={query.status} className={field}>
          {CLIENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="client-source" className="text-sm font-medium">
          {t('source')}
        </label>
        <select id="client-source" name="source" defaultValue={query.source ?? ''} className={field}>
          <option value="">{t('anySource')}</option>
          {CLIENT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="client-sort" className="text-sm font-medium">
          {t('sort')}
        </label>
        <select id="client-sort" name="sort" defaultValue={query.sort} className={field}>
          {CLIENT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex min-h-11 items-center gap-4">
        <legend className="sr-only">{t('more')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="neverSignedIn"
            value="1"
            defaultChecked={query.neverSignedIn}
            className="size-5"
          />
          {t('neverSignedIn')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="twoStep" value="1" defaultChecked={query.twoStep} className="size-5" />
          {t('twoStepOn')}
        </label>
      </fieldset>
      <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
        {t('apply')}
      </button>
    </form>
  );
}
