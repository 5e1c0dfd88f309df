import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { DeleteFieldButton } from '@/components/admin/delete-field-button';
import { FieldDefinitionForm } from '@/components/admin/field-definition-form';
import {
  deleteFieldDefinitionAction,
  moveFieldDefinitionAction,
  saveFieldDefinitionAction,
} from '@/lib/actions/admin-custom-fields';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { fieldLabel } from '@/lib/custom-fields/field-rules';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { languageName, locales } from '@/lib/i18n/locales';
import { ActionForm } from '@/components/ui/action-form';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.fields'))('title') };
}

const small = 'inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium';

/** The business's own client fields: their order, what they hold, who fills them in; and a new one. */
export default async function CustomFieldsPage({ params }: PageProps<'/admin/[business]/fields'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, locale, fields] = await Promise.all([
    getTranslations('admin.fields'),
    getMessageLocale(),
    listFieldDefinitions(business.id),
  ]);
  const base = `/admin/${business.slug}/fields`;
  return (
    <main id="main" className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead')}</p>
      </div>
      {fields.length === 0 ? (
        <p className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">{t('empty')}</p>
      ) : (
        <ol aria-label={t('title')} className="flex flex-col gap-2">
          {fields.map((f, i) => {
            const label = fieldLabel(f, locale);
            return (
              <li
                key={f.id}
                className="flex flex-wrap items-center gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
              >
                <div className="mr-auto flex flex-col">
                  <span className="font-semibold">{label}</span>
                  <span className="text-sm text-slate-700">
                    {[
                      t(`types.${f.type as 'text'}`),
                      f.required ? t('requiredShort') : t('optional'),
                      f.editableByClient ? t('clientEdits') : t('staffOnly'),
                      ...(f.type === 'select' ? [f.options.join(' · ')] : []),
                    ].join(' — ')}
                  </span>
                </div>
                <ActionForm
                  permalink={`/admin/${business.slug}/fields`}
                  action={moveFieldDefinitionAction.bind(null, business.slug, f.id, 'up')}
                >
                  <button type="submit" disabled={i === 0} aria-label={t('moveUp', { label })} className={small}>
                    ↑
                  </button>
                </ActionForm>
                <ActionForm
                  permalink={`/admin/${business.slug}/fields`}
                  action={moveFieldDefinitionAction.bind(null, business.slug, f.id, 'down')}
                >
                  <button
                    type="submit"
                    disabled={i === fields.length - 1}
                    aria-label={t('moveDown', { label })}
                    className={small}
                  >
                    ↓
                  </button>
                </ActionForm>
                <Link href={`${base}/${f.id}`} aria-label={t('editNamed', { label })} className={small}>
                  {t('edit')}
                </Link>
                <DeleteFieldButton label={label} remove={deleteFieldDefinitionAction.bind(null, business.slug, f.id)} />
              </li>
            );
          })}
        </ol>
      )}
      <Panel id="new-field" title={t('newTitle')}>
        <FieldDefinitionForm
          isNew
          initial={{
            labels: { en: '', it: '' },
            type: 'text',
            options: '',
            required: false,
            editableByClient: true,
          }}
          save={saveFieldDefinitionAction.bind(null, business.slug, null)}
          languages={locales.map((code) => ({ code, name: languageName(code) }))}
          done={base}
        />
      </Panel>
    </main>
  );
}
