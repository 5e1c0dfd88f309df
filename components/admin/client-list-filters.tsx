import { getTranslations } from 'next-intl/server';
import { FilterBar, FilterSearch, FilterSelect } from '@/components/ui/filter-bar';
import { CLIENT_SORTS, CLIENT_SOURCES, CLIENT_STATUSES, type TClientListQuery } from '@/lib/clients/schemas';

/** Search, filters and sort as a plain GET form: the state is the URL, works without JavaScript. */
export async function ClientListFilters({ query, action }: { query: TClientListQuery; action: string }) {
  const t = await getTranslations('admin.clients');
  return (
    <FilterBar action={action} submitLabel={t('apply')}>
      <FilterSearch
        id="client-search"
        name="q"
        label={t('search')}
        defaultValue={query.q}
        placeholder={t('searchHint')}
      />
      <FilterSelect
        id="client-status"
        name="status"
        label={t('status')}
        defaultValue={query.status}
        options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <FilterSelect
        id="client-source"
        name="source"
        label={t('source')}
        defaultValue={query.source}
        anyLabel={t('anySource')}
        options={CLIENT_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
      />
      <FilterSelect
        id="client-sort"
        name="sort"
        label={t('sort')}
        defaultValue={query.sort}
        options={CLIENT_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
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
    </FilterBar>
  );
}
