import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { businessToday } from '@/lib/today/business-today';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listTwoStepHelpRequests } from '@/lib/clients/two-step-help';
import { invoiceBalance } from '@/lib/invoices/settled-status';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.today'))('title') };
}

const name = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

/** The business's dashboard: what needs a staff member's attention today. */
export default async function TodayPage({ params }: PageProps<'/admin/[business]/today'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.read');
  const [t, format, today, help] = await Promise.all([
    getTranslations('admin.today'),
    getFormatter(),
    businessToday(business),
    listTwoStepHelpRequests(business.id),
  ]);
  const base = `/admin/${business.slug}`;
  const time = (d: Date) => format.dateTime(d, { timeStyle: 'short', timeZone: business.timezone });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  const more = (shown: number, total: number) =>
    total > shown ? <p className="text-sm text-slate-600">{t('more', { count: total - shown })}</p> : null;
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">
          {format.dateTime(new Date(), { dateStyle: 'full', timeZone: business.timezone })}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel id="today-appointments" title={t('appointments', { count: today.appointments.length })} gap="gap-2">
          {today.appointments.length === 0 ? (
            <p className="text-slate-700">{t('noAppointments')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {today.appointments.map((a) => (
                <li key={a.id}>
                  <span className="font-medium">
                    {time(a.startsAt)}–{time(a.endsAt)}
                  </span>{' '}
                  <Link href={`${base}/clients/${a.client.id}`} className="text-blue-800 underline">
                    {name(a.client)}
                  </Link>
                  {a.service && ` · ${a.service.name}`}
                  {a.staffMember && ` · ${a.staffMember.displayName}`}
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="today-uploads" title={t('uploads', { count: today.uploadCount })} gap="gap-2">
          {today.uploads.length === 0 ? (
            <p className="text-slate-700">{t('noUploads')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {today.uploads.map((d) => (
                <li key={d.id}>
                  <Link href={`${base}/clients/${d.client!.id}`} className="text-blue-800 underline">
                    {name(d.client!)}
                  </Link>{' '}
                  · {d.title} · {day(d.createdAt)}
                </li>
              ))}
            </ul>
          )}
          {more(today.uploads.length, today.uploadCount)}
        </Panel>
        <Panel id="today-help" title={t('help', { count: help.length })} gap="gap-2">
          {help.length === 0 ? (
            <p className="text-slate-700">{t('noHelp')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {help.map((h) => (
                <li key={h.clientId}>
                  <Link href={`${base}/clients/${h.clientId}`} className="text-blue-800 underline">
                    {h.name}
                  </Link>{' '}
                  · {day(h.requestedAt)}
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="today-overdue" title={t('overdue', { count: today.invoiceCount })} gap="gap-2">
          {today.invoices.length === 0 ? (
            <p className="text-slate-700">{t('noOverdue')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {today.invoices.map((i) => (
                <li key={i.id}>
                  <Link href={`${base}/invoices/${i.id}`} className="text-blue-800 underline">
                    {i.number}
                  </Link>{' '}
                  · {name(i.client)} · <Money minor={invoiceBalance(i)} currency={i.currency} /> ·{' '}
                  {t('dueOn', { date: format.dateTime(dayForFormat(i.dueOn!), DAY) })}
                </li>
              ))}
            </ul>
          )}
          {more(today.invoices.length, today.invoiceCount)}
        </Panel>
        <Panel id="today-contacts" title={t('contacts', { count: today.contactCount })} gap="gap-2">
          {today.contacts.length === 0 ? (
            <p className="text-slate-700">{t('noContacts')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {today.contacts.map((c) => (
                <li key={c.id}>
                  <Link href={`${base}/clients/${c.client.id}`} className="text-blue-800 underline">
                    {name(c.client)}
                  </Link>{' '}
                  · {day(c.createdAt)} · <span className="text-slate-700">{c.message.slice(0, 120)}</span>
                </li>
              ))}
            </ul>
          )}
          {more(today.contacts.length, today.contactCount)}
          {today.pendingTransfers > 0 && (
            <Link href={`${base}/orders`} className="self-start text-blue-800 underline">
              {t('pendingTransfers', { count: today.pendingTransfers })}
            </Link>
          )}
        </Panel>
        <Panel id="today-failed" title={t('failed', { count: today.messageCount })} gap="gap-2">
          {today.messages.length === 0 ? (
            <p className="text-slate-700">{t('noFailed')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {today.messages.map((m) => (
                <li key={m.id}>
                  {day(m.createdAt)} · {t(`channel.${m.channel as 'email'}`)} · {m.to} · <code>{m.kind}</code>
                  {m.error && <span className="block text-slate-600">{m.error}</span>}
                </li>
              ))}
            </ul>
          )}
          {more(today.messages.length, today.messageCount)}
        </Panel>
      </div>
    </main>
  );
}
