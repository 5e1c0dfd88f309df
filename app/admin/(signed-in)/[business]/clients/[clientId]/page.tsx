import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { Fragment } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { ArchiveClientButton } from '@/components/admin/archive-client-button';
import { ShareToggle } from '@/components/admin/documents/share-toggle';
import { StaffUploadForm } from '@/components/admin/documents/staff-upload-form';
import { Money } from '@/components/portal/money';
import { ResendWelcomeButton } from '@/components/admin/resend-welcome-button';
import { TurnOffTwoStepButton } from '@/components/admin/turn-off-two-step-button';
import { ResetPasswordButton } from '@/components/admin/reset-password-button';
import {
  resendWelcomeAction,
  resetClientPasswordAction,
  setClientArchivedAction,
  turnOffTwoStepAction,
} from '@/lib/actions/admin-clients';
import { setDocumentSharedAction } from '@/lib/actions/admin-documents';
import { viewAsClientAction } from '@/lib/actions/admin-view-as';
import { listClientDocumentsForStaff } from '@/lib/documents/staff-documents';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getClientCard } from '@/lib/clients/get-client-card';
import { listContactMessages } from '@/lib/contact/list-contact-messages';
import { fieldLabel } from '@/lib/custom-fields/field-rules';
import { formatPhone } from '@/lib/format/phone';
import { ActionForm } from '@/components/ui/action-form';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';
import { lastZonedDay } from '@/lib/time/zoned-day';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.client'))('title') };
}

export default async function ClientCardPage({ params }: PageProps<'/admin/[business]/clients/[clientId]'>) {
  const { business: slug, clientId } = await params;
  const { business, role } = await requireStaffPermission(slug, 'clients.read');
  const card = await getClientCard({ businessId: business.id, clientId });
  if (!card) notFound();
  const [t, tc, td, ti, format, locale, documents, messages] = await Promise.all([
    getTranslations('admin.client'),
    getTranslations('admin.clients'),
    getTranslations('admin.documents'),
    getTranslations('admin.inbox'),
    getFormatter(),
    getMessageLocale(),
    listClientDocumentsForStaff({ businessId: business.id, clientId: card.id }),
    listContactMessages({ businessId: business.id, clientId: card.id }),
  ]);
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  const name = `${card.firstName} ${card.lastName}`.trim();
  const canReset = card.status !== 'archived' && can(role, 'clients.write');
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`/admin/${business.slug}/clients`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        {card.status === 'archived' && (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-sm">{tc('archived')}</span>
        )}
        <div className="ml-auto flex flex-wrap items-start gap-3">
          <ActionForm
            permalink={`/admin/${business.slug}/clients/${card.id}`}
            action={viewAsClientAction.bind(null, business.slug, card.id)}
          >
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
            >
              {t('viewAs')}
            </button>
          </ActionForm>
          <Link
            href={`/admin/${business.slug}/inbox/${card.id}`}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
          >
            {ti('cardLink')}
            {card.unreadMessages > 0 && (
              <span className="rounded-full bg-accent px-2 text-xs text-on-accent">
                {ti('cardUnread', { count: card.unreadMessages })}
              </span>
            )}
          </Link>
          <Link
            href={`/admin/${business.slug}/clients/${card.id}/edit`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
          >
            {t('edit')}
          </Link>
          <ArchiveClientButton
            archived={card.status === 'archived'}
            name={name}
            setArchived={setClientArchivedAction.bind(null, business.slug, card.id)}
          />
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel id="contact" title={t('contact')} gap="gap-2">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-600">{t('email')}</dt>
            <dd className="flex flex-wrap items-center gap-x-3">
              {card.email ?? '—'}
              {card.email && canReset && (
                <ResetPasswordButton
                  address={card.email}
                  reset={resetClientPasswordAction.bind(null, business.slug, card.id, 'email')}
                />
              )}
            </dd>
            <dt className="text-slate-600">{t('phone')}</dt>
            <dd className="flex flex-wrap items-center gap-x-3">
              {card.phone ? formatPhone(card.phone, business.country) : '—'}
              {card.phone && canReset && (
                <ResetPasswordButton
                  address={formatPhone(card.phone, business.country)}
                  reset={resetClientPasswordAction.bind(null, business.slug, card.id, 'sms')}
                />
              )}
            </dd>
            <dt className="text-slate-600">{tc('source')}</dt>
            <dd>{tc(`sources.${card.source as 'manual'}`)}</dd>
            <dt className="text-slate-600">{t('since')}</dt>
            <dd>{day(card.createdAt)}</dd>
            {card.fields.map((f) => (
              <Fragment key={f.id}>
                <dt className="text-slate-600">{fieldLabel(f, locale)}</dt>
                <dd>
                  {f.value && f.type === 'date'
                    ? format.dateTime(new Date(`${f.value}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
                    : (f.value ?? '—')}
                </dd>
              </Fragment>
            ))}
          </dl>
        </Panel>
        <Panel id="access" title={t('access')} gap="gap-2">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-600">{t('lastSignIn')}</dt>
            <dd>{card.lastSignInAt ? when(card.lastSignInAt) : tc('neverSignedIn')}</dd>
            <dt className="text-slate-600">{t('methods')}</dt>
            <dd>
              {card.methods.length ? card.methods.map((m) => t(`method.${m as 'password'}`)).join(', ') : t('noLogin')}
            </dd>
            <dt className="text-slate-600">{t('twoStep')}</dt>
            <dd>{card.twoStep ? t('on') : t('off')}</dd>
          </dl>
          {card.helpRequestedAt && (
            <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
              {t('helpAsked', { date: when(card.helpRequestedAt) })}
            </p>
          )}
          {card.twoStep && (
            <TurnOffTwoStepButton name={name} turnOff={turnOffTwoStepAction.bind(null, business.slug, card.id)} />
          )}
          {!card.lastSignInAt && card.email && card.status !== 'archived' && (
            <ResendWelcomeButton email={card.email} resend={resendWelcomeAction.bind(null, business.slug, card.id)} />
          )}
        </Panel>
      </div>
      {messages.length > 0 && (
        <Panel id="messages" title={t('messages')} gap="gap-2">
          <ul className="flex flex-col gap-3">
            {messages.map((m) => (
              <li key={m.id} className="rounded-lg bg-slate-50 p-3">
                <p className="text-sm text-slate-700">
                  <time dateTime={m.createdAt.toISOString()}>{when(m.createdAt)}</time>
                </p>
                <p className="whitespace-pre-wrap">{m.message}</p>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel id="appointments" title={t('appointments')} gap="gap-2">
        {can(role, 'appointments.write') && card.status !== 'archived' && (
          <Link
            href={`/admin/${business.slug}/schedule/new?client=${card.id}`}
            className="self-start text-blue-800 underline"
          >
            {t('newAppointment')}
          </Link>
        )}
        {card.upcoming.length + card.past.length === 0 ? (
          <p className="text-slate-700">{t('none')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {[...card.upcoming, ...card.past].map((a) => (
              <li key={a.id}>
                <Link href={`/admin/${business.slug}/schedule/${a.id}`} className="text-blue-800 underline">
                  {when(a.startsAt)}
                </Link>{' '}
                · {a.service?.name ?? '—'} · {t(`appointmentStatus.${a.status as 'booked'}`)}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel id="invoices" title={t('invoices')} gap="gap-2">
          <div className="flex flex-wrap gap-3">
            <Link href={`/admin/${business.slug}/invoices?client=${card.id}`} className="text-blue-800 underline">
              {t('allInvoices')}
            </Link>
            {can(role, 'invoices.write') && card.status !== 'archived' && (
              <Link href={`/admin/${business.slug}/invoices/new?client=${card.id}`} className="text-blue-800 underline">
                {t('newInvoice')}
              </Link>
            )}
          </div>
          {card.invoices.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {card.invoices.map((i) => (
                <li key={i.id}>
                  <Link href={`/admin/${business.slug}/invoices/${i.id}`} className="text-blue-800 underline">
                    {i.number ?? t('draft')}
                  </Link>{' '}
                  · {day(i.issuedAt)} · <Money minor={i.totalMinor} currency={i.currency} />
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="documents" title={t('documents')} gap="gap-2">
          {documents.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {documents.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <a
                    href={`/api/admin/${business.slug}/documents/${d.id}`}
                    download
                    aria-label={td('download', { title: d.title })}
                    className="text-blue-800 underline"
                  >
                    {d.title}
                  </a>
                  {d.uploadedBy === 'client' && !d.seenByStaffAt && (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                      {td('new')}
                    </span>
                  )}
                  <span className="text-sm text-slate-600">
                    {day(d.createdAt)} ·{' '}
                    {d.uploadedBy === 'client' ? td('fromClient') : d.sharedWithClient ? td('shared') : td('notShared')}
                  </span>
                  {d.uploadedBy === 'staff' && can(role, 'documents.write') && (
                    <ShareToggle
                      shared={d.sharedWithClient}
                      title={d.title}
                      setShared={setDocumentSharedAction.bind(null, business.slug, d.id)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {can(role, 'documents.write') && card.status !== 'archived' && (
            <StaffUploadForm
              action={`/api/admin/${business.slug}/clients/${card.id}/documents`}
              heading={td('add')}
              clientName={name}
            />
          )}
        </Panel>
        <Panel id="pages" title={t('pages')} gap="gap-2">
          {card.pageAccesses.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {card.pageAccesses.map((p) => (
                <li key={p.id}>
                  {p.page.title} · {day(p.from)} –{' '}
                  {p.until
                    ? format.dateTime(dayForFormat(lastZonedDay(p.until, business.timezone)), DAY)
                    : t('unlimited')}
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="audit" title={t('audit')} gap="gap-2">
          {can(role, 'audit.read') && (
            <Link
              href={`/admin/${business.slug}/audit?client=${card.id}`}
              className="self-start text-blue-800 underline"
            >
              {t('activity')}
            </Link>
          )}
          {card.audit.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {card.audit.map((e) => (
                <li key={e.id}>
                  {when(e.createdAt)} · <code>{e.action}</code>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </main>
  );
}
