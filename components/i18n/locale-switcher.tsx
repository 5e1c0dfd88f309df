import { Globe } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { PopoverMenu } from '@/components/ui/popover-menu';
import { languageName, messageLocale } from '@/lib/i18n/locales';
import { LanguageChoices } from './language-choices';

/** The language menu of pages without an account menu: a globe button, then one tap on a language. */
export async function LocaleSwitcher({ className = '' }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale().then(messageLocale), getTranslations('common')]);
  return (
    <div className={className}>
      <PopoverMenu
        label={t('language')}
        trigger={
          <button
            type="button"
            aria-label={t('languageIs', { language: languageName(locale) })}
            className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100"
          >
            <Globe aria-hidden="true" className="size-4" />
            <span aria-hidden="true">{locale.toUpperCase()}</span>
          </button>
        }
      >
        <p className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('language')}</p>
        <LanguageChoices current={locale} label={t('language')} />
      </PopoverMenu>
    </div>
  );
}
