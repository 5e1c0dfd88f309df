'use server';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { signOut } from '@/lib/auth';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '@/lib/auth/two-factor/enrol-totp';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { requestIp } from '@/lib/request-ip';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { fail } from '@/lib/result';

export async function startTotpEnrolmentAction(portal: string) {
  return withPortalClient(portal, async ({ business, client }) => {
    const started = await startTotpEnrolment(client.identity.id, {
      issuer: business.name,
      label: client.email ?? client.phone ?? client.firstName,
    });
    return started ? { qrSvg: started.qrSvg, secret: started.secret } : fail('already_enabled');
  });
}

export async function confirmTotpEnrolmentAction(portal: string, code: string) {
  return withPortalClient(portal, async ({ business, client }) => {
    const codes =
      typeof code === 'string'
        ? await confirmTotpEnrolment(client.identity.id, code.slice(0, 12), { businessId: business.id })
        : null;
    return codes ? { recoveryCodes: codes } : fail('invalid');
  });
}

/** Needs a fresh proof (a current app code or a recovery code); notifies the client by email. */
export async function disableTotpAction(portal: string, code: string) {
  const result = await withPortalClient(portal, async ({ business, client }) => {
    const proof =
      typeof code === 'string'
        ? await verifySecondFactor(client.identity.id, code.slice(0, 32), {
            businessId: business.id,
            ip: await requestIp(),
          })
        : null;
    if (!proof?.ok) return fail('invalid' as const);
    await disableTotp(client.identity.id, { businessId: business.id });
    if (client.email) {
      // in the language the person is using right now
      const [locale, t, tEmails] = await Promise.all([
        getMessageLocale(),
        getTranslations('securityEmail'),
        getTranslations('emails'),
      ]);
      const heading = t('twoFactorDisabledSubject');
      await sendNoticeEmail({
        business,
        to: client.email,
        kind: 'two_factor_disabled',
        locale,
        heading,
        body: t('twoFactorDisabledBody', { business: business.name }),
        footer: tEmails('footer', { business: business.name }),
      });
    }
    return { ok: true as const };
  });
  if (result.ok) await signOut({ redirectTo: `/p/${portal}/sign-in` });
  return result;
}
