import 'server-only';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { createTranslator } from 'next-intl';
import { disableTotp } from '@/lib/auth/two-factor/enrol-totp';
import { db } from '@/lib/db';
import { isLocale, loadMessages } from '@/lib/i18n/locales';

export type TTurnOffError = 'not_available' | 'shared_identity';

/**
 * Staff turn off a client's two-step verification (seed 004: the client lost the app).
 * The login is one person's across every business they use, so staff of one business may
 * do this only for a login used with their business alone (never a staff login); the
 * others recover with a recovery code. Ends the client's sessions, tells the client by
 * email in their language, and is audited with the staff id.
 */
export async function turnOffClientTwoStep({
  business,
  clientId,
  staffIdentityId,
}: {
  business: { id: string; name: string; accentColor: string; defaultLocale: string };
  clientId: string;
  staffIdentityId: string;
}): Promise<{ ok: true } | { ok: false; error: TTurnOffError }> {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId: business.id, isDemo: false, identity: { totpEnabledAt: { not: null } } },
    select: {
      email: true,
      locale: true,
      identity: {
        select: {
          id: true,
          clients: { select: { businessId: true } },
          _count: { select: { staff: true } },
        },
      },
    },
  });
  if (!card?.identity) return { ok: false, error: 'not_available' };
  const { identity } = card;
  if (identity._count.staff > 0 || identity.clients.some((c) => c.businessId !== business.id))
    return { ok: false, error: 'shared_identity' };
  await disableTotp(identity.id, { businessId: business.id });
  await db.auditEvent.create({
    data: {
      businessId: business.id,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: 'client.2fa_turned_off_by_staff',
      targetType: 'client',
      targetId: clientId,
    },
  });
  if (card.email) {
    const locale = [card.locale, business.defaultLocale].find(isLocale) ?? 'en';
    const messages = await loadMessages(locale);
    const t = createTranslator({ locale, messages, namespace: 'securityEmail' });
    const tEmails = createTranslator({ locale, messages, namespace: 'emails' });
    const heading = t('twoFactorDisabledSubject');
    await sendNoticeEmail({
      business,
      to: card.email,
      kind: 'two_factor_disabled',
      locale,
      heading,
      body: t('twoFactorTurnedOffByStaffBody', { business: business.name }),
      footer: tEmails('footer', { business: business.name }),
    });
  }
  return { ok: true };
}
