import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FieldDefinitionForm } from '@/components/admin/field-definition-form';
import { saveFieldDefinitionAction } from '@/lib/actions/admin-custom-fields';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { FIELD_TYPES } from '@/lib/custom-fields/field-rules';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.fields'))('editTitle') };
}

export default async function EditFieldPage({ params }: PageProps<'/admin/[business]/fields/[fieldId]'>) {
  const { business: slug, fieldId } = await params;
  const { business } = await requireStaffPermission(slug, 'settings.write');
  const field = (await listFieldDefinitions(business.id)).find((f) => f.id === fieldId);
  if (!field) notFound();
  const t = await getTranslations('admin.fields');
  const base = `/admin/${business.slug}/fields`;
  return (
    <SubPage back={base} backLabel={t('back')} title={t('editTitle')}>
      <FieldDefinitionForm
        isNew={false}
        initial={{
          labels: Object.fromEntries(locales.map((l) => [l, field.labels[l] ?? ''])) as { en: string; it: string },
          type: (FIELD_TYPES as readonly string[]).includes(field.type) ? (field.type as 'text') : 'text',
          options: field.options.join('\n'),
          required: field.required,
          editableByClient: field.editableByClient,
        }}
        save={saveFieldDefinitionAction.bind(null, business.slug, field.id)}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
        done={base}
      />
    </SubPage>
  );
}
