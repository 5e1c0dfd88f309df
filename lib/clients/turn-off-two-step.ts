import 'server-only';
import { disableTotp } from '@/lib/auth/two-factor/enrol-totp';
import { db } from '@/lib/db';
import { regionalLocale } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { fail, type TFailure } from '@/lib/result';
import { recipientWords } from '@/lib/i18n/recipient-words';

export type TTurnOffError = 'not_available' | 'staff_identity';

/** How long a turn-off of a login shared with other businesses waits, so its owner can stop it. */
const SHARED_TURN_OFF_DELAY_MS = 72 * 3600_000;

type TBusiness = {
  id: string;
  name: string;
  accentColor: string;
  defaultLocale: string;
  country?: string;
  timezone?: string;
};

/**
 * Staff turn off a client's two-step verification (seed 004: the client lost the app).
 * A login used with this business alone is changed at once. A login the person also uses
 * with other businesses is theirs across all of them, so the change is scheduled: it takes
 * effect after SHARED_TURN_OFF_DELAY_MS, the person is told now by email and SMS on the
 * contacts they proved, and a second step passed with the app or a recovery code before
 * then cancels it (whoever still has the app is the person). A staff login is never
 * changed by a business: staff recover with their own recovery codes.
 */
export async function turnOffClientTwoStep({
  business,
  clientId,
  staffIdentityId,
  now = new Date(),
}: {
  business: TBusiness;
  clientId: string;
  staffIdentityId: string;
  now?: Date;
}): Promise<{ ok: true; takesEffectAt: Date | null } | TFailure<TTurnOffError>> {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId: business.id, isDemo: false, identity: { totpEnabledAt: { not: null } } },
    select: {
      email: true,
      locale: true,
      identity: {
        select: {
          id: true,
          email: true,
          phone: true,
          totpOffAt: true,
          clients: { select: { businessId: true } },
          _count: { select: { staff: true } },
        },
      },
    },
  });
  if (!card?.identity) return fail('not_available');
  const { identity } = card;
  if (identity._count.staff > 0) return fail('staff_identity');
  const audit = (action: string, meta?: Record<string, string>) =>
    recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staffIdentityId,
      action,
      targetType: 'client',
      targetId: clientId,
      meta,
    });
  const { locale, t, tEmails } = await recipientWords(card.locale, business, 'securityEmail');

  if (identity.clients.every((c) => c.businessId === business.id)) {
    await disableTotp(identity.id, { businessId: business.id });
    await audit('client.2fa_turned_off_by_staff');
    if (card.email)
      await sendNoticeEmail({
        business,
        to: card.email,
        kind: 'two_factor_disabled',
        locale,
        heading: t('twoFactorDisabledSubject'),
        body: t('twoFactorTurnedOffByStaffBody', { business: business.name }),
        footer: tEmails('footer', { business: business.name }),
      });
    return { ok: true, takesEffectAt: null };
  }

  // shared with other businesses: scheduled, once (a second approval keeps the first date)
  const takesEffectAt = identity.totpOffAt ?? new Date(now.getTime() + SHARED_TURN_OFF_DELAY_MS);
  const { count } = await db.identity.updateMany({
    where: { id: identity.id, totpEnabledAt: { not: null }, totpOffAt: identity.totpOffAt },
    data: { totpOffAt: takesEffectAt, totpOffBusinessId: business.id },
  });
  if (count === 0) return fail('not_available');
  await audit('client.2fa_off_scheduled', { takesEffectAt: takesEffectAt.toISOString() });
  const when = new Intl.DateTimeFormat(regionalLocale(locale, business.country), {
    dateStyle: 'full',
    // with the zone's name: the person may be elsewhere
    timeStyle: 'long',
    timeZone: business.timezone ?? 'UTC',
  }).format(takesEffectAt);
  const values = { business: business.name, when };
  // only to what the person proved: a card's contact written by staff is not theirs to trust
  if (identity.email)
    await sendNoticeEmail({
      business,
      to: identity.email,
      kind: 'two_factor_off_scheduled',
      locale,
      heading: t('twoFactorOffScheduledSubject'),
      body: t('twoFactorOffScheduledBody', values),
      footer: tEmails('footer', { business: business.name }),
    });
  if (identity.phone)
    await sendSms({
      businessId: business.id,
      to: identity.phone,
      kind: 'two_factor_off_scheduled',
      locale,
      text: t('twoFactorOffScheduledSms', values),
    });
  return { ok: true, takesEffectAt };
}
