import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MessageForm } from '@/components/conversations/message-form';
import { MessageText } from '@/components/conversations/message-text';
import { RefreshOnce } from '@/components/conversations/refresh-once';
import { ConversationStatusButton } from '@/components/conversations/status-button';
import { AssignForm } from '@/components/conversations/assign-form';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { listCannedReplies } from '@/lib/conversations/canned-replies';
import { aboutChoices, aboutItems } from '@/lib/conversations/about-items';
import { aboutWords } from '@/components/conversations/about-words';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { languageName } from '@/lib/i18n/locales';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import {
  assignConversationAction,
  sendStaffMessageAction,
  setConversationStatusAction,
} from '@/lib/actions/admin-conversations';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { findClientName } from '@/lib/clients/find-client-name';
import { staffThread } from '@/lib/conversations/staff-thread';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.inbox'))('title') };
}

/**
 * One client's conversation for staff: the messages and the internal notes (marked), when the client
 * last read it, writing to them or adding a note, closing and reopening.
 */
export default async function ConversationPage({
  params,
  searchParams,
}: PageProps<'/admin/[business]/inbox/[clientId]'>) {
  const { business: slug, clientId } = await params;
  const { staff, business } = await requireStaffPermission(slug, 'clients.read');
  const client = await findClientName({ businessId: business.id, clientId });
  if (!client) notFound();
  const { before } = await searchParams;
  const scope = { businessId: business.id, clientId };
  const [t, tc, tr, format, locale, choices, members, replies, thread] = await Promise.all([
    getTranslations('admin.inbox'),
    getTranslations('conversations'),
    getTranslations('admin.inbox.replies'),
    getFormatter(),
    getMessageLocale(),
    aboutChoices(scope),
    listBusinessStaff(business.id),
    listCannedReplies(business.id),
    staffThread(
      { businessId: business.id, clientId, staffIdentityId: staff.id },
      typeof before === 'string' ? before : undefined,
    ),
  ]);
  const name = `${client.firstName} ${client.lastName}`.trim();
  const href = (type: string, id: string) =>
    type === 'invoice'
      ? `/admin/${business.slug}/invoices/${id}`
      : type === 'appointment'
        ? `/admin/${business.slug}/schedule/${id}`
        : `/admin/${business.slug}/clients/${clientId}`;
  const options = { timeZone: business.timezone, locale, href };
  const offered = await aboutWords(choices, options);
  // what the page's messages are about: mostly among the offered items; the rest in at most three queries
  const missing = thread.messages.filter((m) => m.aboutType && !offered.has(`${m.aboutType}:${m.aboutId}`));
  const referred = missing.length
    ? new Map([...offered, ...(await aboutWords(await aboutItems(scope, missing), options))])
    : offered;
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  const base = `/admin/${business.slug}/inbox/${clientId}`;
  const messages = [...thread.messages].reverse();
  const lastSent = thread.messages.find((m) => m.author === 'staff');
  const closed = thread.conversation?.status === 'closed';
  return (
    <main id="main" className="flex max-w-3xl flex-col gap-4">
      <RefreshOnce when={(thread.conversation?.staffUnread ?? 0) > 0} />
      <PageHeader title={t('title2', { name })} lead={t('lead2', { name })}>
        <Link href={`/admin/${business.slug}/clients/${clientId}`} className="text-blue-800 underline">
          {t('card')}
        </Link>
      </PageHeader>
      <Link
        href={`/admin/${business.slug}/inbox`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      {closed && <Badge>{t('closedBadge')}</Badge>}
      {thread.older && (
        <Link
          href={`${base}?before=${thread.older}`}
          className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
        >
          {t('older')}
        </Link>
      )}
      {messages.length === 0 ? (
        <p className="text-slate-700">{t('empty2')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {messages.map((m) => (
            <li
              key={m.id}
              className={`flex max-w-[85%] flex-col gap-1 rounded-2xl p-3 ring-1 ${
                m.author === 'note'
                  ? 'self-end bg-amber-50 ring-amber-300'
                  : m.author === 'staff'
                    ? 'self-end bg-slate-100 ring-slate-200'
                    : 'self-start bg-white ring-slate-200'
              }`}
            >
              <span className="text-sm font-semibold">
                {m.author === 'client' ? name : (thread.authors[m.staffIdentityId ?? ''] ?? t('staffAuthor'))}
              </span>
              {m.author === 'note' && <span className="text-sm font-medium text-amber-900">{t('note')}</span>}
              {m.aboutType && referred.get(`${m.aboutType}:${m.aboutId}`) && (
                <a href={referred.get(`${m.aboutType}:${m.aboutId}`)!.href} className="text-sm text-blue-800 underline">
                  {tc('about', { item: referred.get(`${m.aboutType}:${m.aboutId}`)!.label })}
                </a>
              )}
              {m.body && <MessageText text={m.body} />}
              {m.document && (
                <a
                  href={`/api/admin/${business.slug}/documents/${m.document.id}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {tc('attachment', { name: m.document.fileName })}
                </a>
              )}
              <span className="text-xs text-slate-600">{when(m.createdAt)}</span>
            </li>
          ))}
        </ol>
      )}
      {lastSent && (
        <p className="text-sm text-slate-700">
          {thread.conversation?.clientReadAt && thread.conversation.clientReadAt >= lastSent.createdAt
            ? t('seen', { when: when(thread.conversation.clientReadAt) })
            : t('notSeen')}
        </p>
      )}
      <MessageForm
        send={sendStaffMessageAction.bind(null, business.slug, clientId, false)}
        note={sendStaffMessageAction.bind(null, business.slug, clientId, true)}
        uploadUrl={`/api/admin/${business.slug}/clients/${clientId}/documents`}
        aboutOptions={[...offered].map(([value, item]) => ({ value, label: item.label }))}
        replies={[...replies]
          // the client's language first
          .sort((a, b) => Number(b.locale === client.locale) - Number(a.locale === client.locale))
          .map((r) => ({ id: r.id, title: r.title, body: r.body, language: languageName(r.locale) }))}
        words={{
          label: t('label'),
          send: t('reply'),
          sending: t('sending'),
          sent: t('sent'),
          addNote: t('addNote'),
          noted: t('noted'),
          insert: tr('insert'),
          insertNone: tr('insertNone'),
        }}
      />
      {thread.conversation && (
        <AssignForm
          current={thread.conversation.assignedToId}
          members={members}
          assign={assignConversationAction.bind(null, business.slug, clientId)}
          words={{
            label: t('assignee'),
            nobody: t('nobody'),
            submit: t('assign'),
            done: t('assigned'),
            failed: tc('errors.failed'),
          }}
        />
      )}
      {thread.conversation && (
        <ConversationStatusButton
          label={closed ? t('reopen') : t('close')}
          action={setConversationStatusAction.bind(null, business.slug, clientId, closed ? 'open' : 'closed')}
        />
      )}
    </main>
  );
}
