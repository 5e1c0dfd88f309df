import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { SetupForm } from '@/components/admin/setup-form';
import { createAnotherBusinessAction } from '@/lib/actions/business-setup';
import { requireStaff } from '@/lib/auth/guards/require-staff';
import { businessFormProps } from '@/lib/business/business-form-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.setup'))('anotherTitle') };
}

/** An owner adds another business; they are its owner. */
export default async function NewBusinessPage() {
  const staff = await requireStaff();
  if (!staff.staff.some((m) => m.role === 'owner')) forbidden();
  const [t, locale] = await Promise.all([getTranslations('admin.setup'), getMessageLocale()]);
  return (
    <main id="main" className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('anotherTitle')}</h1>
      <SetupForm withOwner={false} create={createAnotherBusinessAction} {...businessFormProps(locale)} />
    </main>
  );
}
