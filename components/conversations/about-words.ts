import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { aboutChoices } from '@/lib/conversations/about-items';
import { serviceName } from '@/lib/services/service-name';

type TItems = Awaited<ReturnType<typeof aboutChoices>>;

/**
 * The client's items in the reader's words ("Invoice 2026-0042", "Appointment on 12 Mar, 17:00 · Taglio"),
 * by "type:id", each with the page it opens on this side (portal or admin).
 */
export async function aboutWords(
  items: TItems,
  { timeZone, locale, href }: { timeZone: string; locale: string; href: (type: string, id: string) => string },
) {
  const [t, format] = await Promise.all([getTranslations('conversations.items'), getFormatter()]);
  const entries: [string, { label: string; href: string }][] = [
    ...items.appointments.map((a): [string, { label: string; href: string }] => [
      `appointment:${a.id}`,
      {
        label: t('appointment', {
          when: format.dateTime(a.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
          service: serviceName(a.service, locale) ?? '—',
        }),
        href: href('appointment', a.id),
      },
    ]),
    ...items.invoices.map((i): [string, { label: string; href: string }] => [
      `invoice:${i.id}`,
      { label: t('invoice', { number: i.number ?? '' }), href: href('invoice', i.id) },
    ]),
    ...items.documents.map((d): [string, { label: string; href: string }] => [
      `document:${d.id}`,
      { label: t('document', { title: d.title }), href: href('document', d.id) },
    ]),
  ];
  return new Map(entries);
}
