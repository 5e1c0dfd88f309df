import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CannedReplyForm } from '@/components/admin/canned-reply-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { addCannedReplyAction, removeCannedReplyAction } from '@/lib/actions/admin-conversations';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listCannedReplies } from '@/lib/conversations/canned-replies';
import { languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.inbox.replies'))('title') };
}

/** The business's saved replies, one language each: owners and admins keep them, every staff member uses them. */
export default async function CannedRepliesPage({ params }: PageProps<'/admin/[business]/inbox/replies'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, replies] = await Promise.all([getTranslations('admin.inbox.replies'), listCannedReplies(business.id)]);
  return (
    <main id="main" className="flex max-w-3xl flex-col gap-4">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Link
        href={`/admin/${business.slug}/inbox`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <DataTable
        caption={t('title')}
        columns={(['language', 'title', 'text', 'actions'] as const).map((c) => t(`columns.${c}`))}
        count={t('count', { count: replies.length })}
        empty={replies.length > 0 ? null : t('empty')}
      >
        {replies.map((reply) => (
          <Row key={reply.id} top>
            <Cell>{languageName(reply.locale)}</Cell>
            <RowHeader>{reply.title}</RowHeader>
            <Cell>
              <span className="whitespace-pre-wrap">{reply.body}</span>
            </Cell>
            <Cell>
              <ConfirmButton
                label={t('remove')}
                name={t('removeLabel', { title: reply.title })}
                title={t('removeTitle', { title: reply.title })}
                body={t('removeBody')}
                confirmLabel={t('remove')}
                cancelLabel={t('cancel')}
                action={removeCannedReplyAction.bind(null, business.slug, reply.id)}
                failure={t('errors.notFound')}
              />
            </Cell>
          </Row>
        ))}
      </DataTable>
      <Panel id="new-reply" title={t('new')}>
        <CannedReplyForm
          save={addCannedReplyAction.bind(null, business.slug)}
          languages={locales.map((code) => ({ code, name: languageName(code) }))}
          defaultLocale={business.defaultLocale}
        />
      </Panel>
    </main>
  );
}
