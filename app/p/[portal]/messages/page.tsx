import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MessageForm } from '@/components/conversations/message-form';
import { MessageText } from '@/components/conversations/message-text';
import { RefreshOnce } from '@/components/conversations/refresh-once';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { sendClientMessageAction } from '@/lib/actions/conversations';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { clientThread } from '@/lib/conversations/client-thread';
import { aboutChoices, aboutItems } from '@/lib/conversations/about-items';
import { aboutWords } from '@/components/conversations/about-words';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conversations'))('title') };
}

/**
 * The client's conversation with the business: its messages (the newest page, older ones a page at a
 * time), "Read by" under their last message once staff opened it, and the form, as the business allows.
 */
async function MessagesPage({ params, searchParams }: PageProps<'/p/[portal]/messages'>) {
  const { business, client } = await portalContext(params);
  const { before } = await searchParams;
  const scope = { businessId: business.id, clientId: client.id };
  const [t, format, locale, thread, choices] = await Promise.all([
    getTranslations('conversations'),
    getFormatter(),
    getMessageLocale(),
    clientThread(scope, typeof before === 'string' ? before : undefined),
    aboutChoices(scope),
  ]);
  const href = (type: string, id: string) =>
    type === 'invoice'
      ? `/p/${business.slug}/invoices/${id}`
      : type === 'document'
        ? `/p/${business.slug}/documents`
        : `/p/${business.slug}/schedule`;
  const options = { timeZone: business.timezone, locale, href };
  const offered = await aboutWords(choices, options);
  // what the page's messages are about: mostly among the offered items; the rest in at most three queries
  const missing = thread.messages.filter((m) => m.aboutType && !offered.has(`${m.aboutType}:${m.aboutId}`));
  const referred = missing.length
    ? new Map([...offered, ...(await aboutWords(await aboutItems(scope, missing), options))])
    : offered;
  const values = { business: business.name };
  const messages = [...thread.messages].reverse();
  const last = thread.messages[0];
  const read =
    last?.author === 'client' && thread.conversation?.staffReadAt && thread.conversation.staffReadAt >= last.createdAt;
  const canWrite =
    business.clientMessaging === 'start' ||
    (business.clientMessaging === 'reply' && thread.messages.some((m) => m.author === 'staff'));
  return (
    <main id="main" className="flex flex-col gap-4">
      <RefreshOnce when={(thread.conversation?.clientUnread ?? 0) > 0} />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead', values)}</p>
      </div>
      {thread.older && (
        <Link
          href={`/p/${business.slug}/messages?before=${thread.older}`}
          className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
        >
          {t('older')}
        </Link>
      )}
      <section aria-label={t('thread', values)} className="flex flex-col gap-3">
        {messages.length === 0 && <p className="text-slate-700">{t('empty')}</p>}
        <ol className="flex flex-col gap-3">
          {messages.map((m) => (
            <li
              key={m.id}
              className={`flex max-w-[85%] flex-col gap-1 rounded-2xl p-3 ring-1 ${m.author === 'client' ? 'self-end bg-slate-100 ring-slate-200' : 'self-start bg-white ring-slate-200'}`}
            >
              <span className="text-sm font-semibold">{m.author === 'client' ? t('you') : business.name}</span>
              {m.aboutType && referred.get(`${m.aboutType}:${m.aboutId}`) && (
                <a href={referred.get(`${m.aboutType}:${m.aboutId}`)!.href} className="text-sm text-blue-800 underline">
                  {t('about', { item: referred.get(`${m.aboutType}:${m.aboutId}`)!.label })}
                </a>
              )}
              {m.body && <MessageText text={m.body} />}
              {m.document && (
                <a
                  href={`/api/portal/${business.slug}/documents/${m.document.id}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {t('attachment', { name: m.document.fileName })}
                </a>
              )}
              <span className="text-xs text-slate-600">
                {format.dateTime(m.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone })}
              </span>
            </li>
          ))}
        </ol>
        {read && <p className="self-end text-sm text-slate-700">{t('readBy', values)}</p>}
      </section>
      {thread.conversation?.status === 'closed' && <p className="text-slate-700">{t('closed', values)}</p>}
      {business.clientMessaging === 'off' ? (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('off', values)}</p>
      ) : canWrite ? (
        <MessageForm
          send={sendClientMessageAction.bind(null, business.slug)}
          uploadUrl={`/api/portal/${business.slug}/uploads`}
          aboutOptions={[...offered].map(([value, item]) => ({ value, label: item.label }))}
          words={{ label: t('label'), send: t('send'), sending: t('sending'), sent: t('sent') }}
        />
      ) : (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('replyOnly', values)}</p>
      )}
    </main>
  );
}

export default withClientMessages(['conversations', 'documents'], MessagesPage);
