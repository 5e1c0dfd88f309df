import { Check } from 'lucide-react';
import { setLocale } from '@/lib/actions/set-locale';
import { languageName, locales } from '@/lib/i18n/locales';

/** One button per language: choosing one is one step. The current one is marked. */
export function LanguageChoices({ current, label, portal }: { current: string; label: string; portal?: string }) {
  return (
    <form action={setLocale} aria-label={label}>
      {portal && <input type="hidden" name="portal" value={portal} />}
      <ul className="flex flex-col">
        {locales.map((l) => (
          <li key={l}>
            <button
              type="submit"
              name="locale"
              value={l}
              lang={l}
              aria-current={l === current ? 'true' : undefined}
              className="flex min-h-11 w-full items-center justify-between rounded-lg px-3 text-left text-sm hover:bg-slate-100 aria-[current]:font-semibold"
            >
              {languageName(l)}
              {l === current && <Check aria-hidden="true" className="size-4" />}
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
