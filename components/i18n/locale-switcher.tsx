import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/lib/actions/set-locale';
import { languageName, locales } from '@/lib/i18n/locales';

/** A plain form: works without JavaScript and by keyboard. */
export async function LocaleSwitcher({ className = '' }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <form action={setLocale} className={`flex items-center gap-2 ${className}`}>
      <label htmlFor="locale-switcher" className="sr-only">
        {t('language')}
      </label>
      <select
        id="locale-switcher"
        name="locale"
        defaultValue={locale}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100"
      >
        {t('changeLanguage')}
      </button>
    </form>
  );
}
