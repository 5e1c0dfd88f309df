import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { clientSignOut } from '@/lib/actions/client-sign-out';

/** The account in use, always visible when signed in (seed 004), with the sections and sign-out. */
export async function AccountBar({
  portal,
  name,
  portals,
  canSignOut = true,
}: {
  portal: string;
  name: string;
  portals: number;
  /** not while staff view the portal as this client: it would end the staff session */
  canSignOut?: boolean;
}) {
  const t = await getTranslations('account');
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" aria-label={t('accountMenu')} role="group">
      <span className="font-medium">{t('signedInAs', { name })}</span>
      {portals > 1 && canSignOut && (
        <Link href="/login" className="rounded px-2 py-3 underline-offset-4 hover:underline">
          {t('switchAccount')}
        </Link>
      )}
      {canSignOut && (
        <form action={clientSignOut}>
          <input type="hidden" name="portal" value={portal} />
          <button
            type="submit"
            className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:bg-slate-100"
          >
            {t('signOut')}
          </button>
        </form>
      )}
    </div>
  );
}
