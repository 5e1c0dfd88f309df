import 'server-only';
import { createFormatter } from 'next-intl';
import { portalUrl } from '@/lib/business/portal-url';
import { toVariables } from '@/lib/notifications/catalog';
import { db } from '@/lib/db';
import { regionalLocale } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { lastZonedDay } from '@/lib/time/zoned-day';
import { recipientWords } from '@/lib/i18n/recipient-words';
import { SENDER_BUSINESS_SELECT } from '@/lib/business/sender-business';

const NOTICE_MS = 3 * 24 * 3600_000;

/**
 * Seed 003's limited access: three days before a client's access to a restricted page
 * ends, they are told once (claimed by setting endingNoticeSentAt). An access that was
 * shorter than that from the start gets no notice.
 */
export async function sendAccessEndingNotices(now = new Date()) {
  const ending = await db.pageAccess.findMany({
    where: {
      endingNoticeSentAt: null,
      until: { gt: now, lte: new Date(now.getTime() + NOTICE_MS) },
      client: { isDemo: false, status: 'active', email: { not: null } },
      page: { published: true },
    },
    select: {
      id: true,
      from: true,
      until: true,
      page: { select: { title: true, slug: true } },
      client: { select: { firstName: true, email: true, locale: true } },
      business: {
        select: {
          ...SENDER_BUSINESS_SELECT,
        },
      },
    },
    take: 500,
  });
  let sent = 0;
  for (const access of ending) {
    if (access.until!.getTime() - access.from.getTime() <= NOTICE_MS) continue;
    const claimed = await db.pageAccess.updateMany({
      where: { id: access.id, businessId: access.business.id, endingNoticeSentAt: null },
      data: { endingNoticeSentAt: now },
    });
    if (claimed.count !== 1) continue;
    const { business, client } = access;
    const { locale, t, tEmails } = await recipientWords(client.locale, business, 'accessEndingEmail');
    const lastDay = lastZonedDay(access.until!, business.timezone);
    const values = {
      name: client.firstName,
      page: access.page.title,
      business: business.name,
      day: createFormatter({ locale: regionalLocale(locale, business.country) }).dateTime(
        new Date(`${lastDay}T12:00:00Z`),
        {
          dateStyle: 'long',
          timeZone: 'UTC',
        },
      ),
    };
    await sendNoticeEmail({
      business,
      to: client.email!,
      kind: 'page_access_ending',
      locale,
      heading: t('subject', values),
      body: t('body', values),
      footer: tEmails('footer', { business: business.name }),
      action: { label: t('button'), href: portalUrl(business, `/pages/${access.page.slug}`) },
      variables: toVariables(values, portalUrl(business, `/pages/${access.page.slug}`)),
    });
    sent++;
  }
  return { sent };
}
