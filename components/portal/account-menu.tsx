import { ChevronDown, LogOut, Users } from 'lucide-react';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageChoices } from '@/components/i18n/language-choices';
import { PopoverClose, PopoverMenu } from '@/components/ui/popover-menu';
import { clientSignOut } from '@/lib/actions/client-sign-out';
import { initials } from '@/lib/format/contrast';
import { messageLocale } from '@/lib/i18n/locales';

const item = 'flex min-h-11 w-full items-center gap-3 rounded-lg px-3 text-left text-sm hover:bg-slate-100';

/**
 * The account in use, always visible when signed in (seed 004): one button in the header
 * opens who is signed in, the language, "Switch account" and "Sign out".
 */
export async function AccountMenu({
  portal,
  name,
  email,
  portals,
  canSignOut = true,
}: {
  portal: string;
  name: string;
  email: string | null;
  portals: number;
  /** not while staff view the portal as this client: it would end the staff session */
  canSignOut?: boolean;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('account'),
    getTranslations('common'),
    getLocale().then(messageLocale),
  ]);
  return (
    <PopoverMenu
      label={t('accountMenu')}
      trigger={
        <button
          type="button"
          aria-label={t('accountMenuFor', { name })}
          className="inline-flex min-h-11 max-w-48 items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pr-2 pl-1 text-sm font-medium hover:bg-slate-100"
        >
          <span
            aria-hidden="true"
            className="grid size-8 shrink-0 place-items-center rounded-full bg-accent text-xs font-bold text-on-accent"
          >
            {initials(name)}
          </span>
          <span className="truncate">{name.split(' ')[0]}</span>
          <ChevronDown aria-hidden="true" className="size-4 shrink-0" />
        </button>
      }
    >
      <div className="border-b border-slate-200 px-3 pt-1 pb-3">
        <p className="font-semibold">{t('signedInAs', { name })}</p>
        {email && <p className="truncate text-sm text-slate-600">{email}</p>}
      </div>
      <p className="px-3 pt-3 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{tc('language')}</p>
      <LanguageChoices current={locale} label={tc('language')} portal={portal} />
      {canSignOut && (
        <div className="mt-2 border-t border-slate-200 pt-2">
          {portals > 1 && (
            <PopoverClose asChild>
              <Link href="/login" className={item}>
                <Users aria-hidden="true" className="size-4" />
                {t('switchAccount')}
              </Link>
            </PopoverClose>
          )}
          <form action={clientSignOut}>
            <input type="hidden" name="portal" value={portal} />
            <button type="submit" className={item}>
              <LogOut aria-hidden="true" className="size-4" />
              {t('signOut')}
            </button>
          </form>
        </div>
      )}
    </PopoverMenu>
  );
}
