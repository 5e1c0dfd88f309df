import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TemplateEditor } from '@/components/admin/notifications/template-editor';
import {
  previewTemplateAction,
  resetTemplateAction,
  saveTemplateAction,
  sendTestTemplateAction,
} from '@/lib/actions/admin-notifications';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { isLocale, languageName } from '@/lib/i18n/locales';
import { isTemplateKind, TEMPLATE_KINDS } from '@/lib/notifications/catalog';
import { defaultTemplate, findTemplateOverride } from '@/lib/notifications/template-overrides';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.notifications'))('title') };
}

/** One message in one language: its subject and body with variables, a preview, a test, reset. */
export default async function TemplatePage({
  params,
  searchParams,
}: PageProps<'/admin/[business]/notifications/[kind]'>) {
  const { business: slug, kind } = await params;
  const { business } = await requireStaffPermission(slug, 'settings.write');
  const locale = (await searchParams).locale;
  if (!isTemplateKind(kind) || !isLocale(locale)) notFound();
  const [t, override, builtIn] = await Promise.all([
    getTranslations('admin.notifications'),
    findTemplateOverride(business.id, kind, locale),
    defaultTemplate(kind, locale),
  ]);
  const title = t('edit', { kind: t(`kinds.${kind}`), language: languageName(locale) });
  const bind = <A extends unknown[], R>(action: (slug: string, kind: string, locale: string, ...rest: A) => R) =>
    action.bind(null, business.slug, kind, locale);
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`/admin/${business.slug}/notifications`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <TemplateEditor
        locale={locale}
        initial={override ? { subject: override.subject ?? builtIn.subject, body: override.body } : builtIn}
        builtIn={builtIn}
        customized={!!override}
        sms={TEMPLATE_KINDS[kind].channel === 'sms'}
        variables={[...TEMPLATE_KINDS[kind].variables]}
        save={bind(saveTemplateAction)}
        reset={bind(resetTemplateAction)}
        preview={bind(previewTemplateAction)}
        sendTest={bind(sendTestTemplateAction)}
      />
    </main>
  );
}
