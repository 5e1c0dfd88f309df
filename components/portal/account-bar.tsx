import { getTranslations } from 'next-intl/server';
import { clientSignOut } from '@/lib/actions/client-sign-out';

/** The account in use, always visible when signed in (seed 004), with sign-out. */
export async function AccountBar({ portal, name }: { portal: string; name: string }) {
  const t = await getTranslations('account');
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" aria-label={t('accountMenu')} role="group">
      <span className="font-medium">{t('signedInAs', { name })}</span>
      <form action={clientSignOut}>
        <input type="hidden" name="portal" value={portal} />
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:bg-slate-100">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
