import { getTranslations } from 'next-intl/server';
import { endViewAsActionForm } from '@/lib/actions/admin-view-as';
import { ActionForm } from '@/components/ui/action-form';

/** On every portal page while staff view it as a client: who, read-only, and the way back to the admin. */
export async function ViewAsBanner({
  business,
  client,
}: {
  business: string;
  client: { id: string; name: string; isDemo: boolean };
}) {
  const t = await getTranslations('portal.viewAs');
  return (
    <section aria-label={t('back')} className="bg-amber-100 text-amber-950 ring-1 ring-amber-300">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-2">
        <p role="status" className="font-medium">
          {client.isDemo ? t('demoBanner') : t('banner', { name: client.name })}
        </p>
        <ActionForm permalink={`/p/${business}`} action={endViewAsActionForm}>
          <input type="hidden" name="business" value={business} />
          {!client.isDemo && <input type="hidden" name="client" value={client.id} />}
          <button
            type="submit"
            className="min-h-11 rounded-md border border-amber-800 bg-white px-3 font-medium hover:bg-amber-50"
          >
            {t('back')}
          </button>
        </ActionForm>
      </div>
    </section>
  );
}
