import type { Metadata } from 'next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TwoFactorSettings } from '@/components/auth/two-factor-settings';
import { ChangePasswordForm } from '@/components/portal/change-password-form';
import { FormAlert } from '@/components/ui/form-alert';
import { clientSignOutEverywhere } from '@/lib/actions/client-sign-out';
import { hasOwnPassword } from '@/lib/auth/passwords/change-own-password';
import {
  confirmTotpEnrolmentAction,
  disableTotpAction,
  startTotpEnrolmentAction,
} from '@/lib/actions/two-factor-settings';
import { requireClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { Panel } from '@/components/ui/panel';
import { PasskeySettings } from '@/components/auth/passkey-settings';
import { passkeyItems } from '@/components/auth/passkey-items';
import { addClientPasskeyAction, removeClientPasskeyAction, startClientPasskeyAction } from '@/lib/actions/passkeys';
import { listPasskeys } from '@/lib/auth/passkeys/list-passkeys';
import { parseLoginMethods } from '@/lib/business/schemas';
import { PushSettings } from '@/components/portal/push-settings';
import { removePushSubscriptionAction, savePushSubscriptionAction, setPushKindsAction } from '@/lib/actions/push';
import { listPushSubscriptions } from '@/lib/messaging/push-subscriptions';
import { vapidKeys } from '@/lib/messaging/vapid-keys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('security'))('title') };
}

async function SecurityPage({ params, searchParams }: PageProps<'/p/[portal]/security'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const client = await requireClient(business, { allowPending2fa: true });
  const passkeysAllowed = parseLoginMethods(business.loginMethods).includes('passkey');
  const [t, tPasskeys, tPush, pushSubscriptions, hasPassword, { passwordChanged }, passkeys] = await Promise.all([
    getTranslations('security'),
    getTranslations('passkeys'),
    getTranslations('push'),
    client.viewAs ? [] : listPushSubscriptions({ businessId: business.id, clientId: client.id }),
    hasOwnPassword(client.identity.id),
    searchParams,
    passkeysAllowed ? listPasskeys(client.identity.id).then(passkeyItems) : [],
  ]);
  const viewAs = !!client.viewAs;
  const enabled = !!client.identity.totpEnabledAt;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <FormAlert tone="success" message={passwordChanged === '1' ? t('password.changed') : null} />
      {business.requireClient2fa && !enabled && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {t('requiredByBusiness', { business: business.name })}
        </p>
      )}
      {passkeysAllowed && (
        <Panel id="passkeys" title={tPasskeys('title')}>
          <PasskeySettings
            passkeys={passkeys}
            start={startClientPasskeyAction.bind(null, business.slug)}
            add={addClientPasskeyAction.bind(null, business.slug)}
            remove={removeClientPasskeyAction.bind(null, business.slug)}
          />
        </Panel>
      )}
      <Panel id="two-factor" title={t('twoFactorTitle')}>
        <TwoFactorSettings
          enabled={enabled}
          qrLabel={t('qrLabel', { business: business.name })}
          signInHref={`/p/${business.slug}/sign-in`}
          start={startTotpEnrolmentAction.bind(null, business.slug)}
          confirm={confirmTotpEnrolmentAction.bind(null, business.slug)}
          disable={disableTotpAction.bind(null, business.slug)}
        />
      </Panel>
      {!client.viewAs && (
        <Panel id="notifications" title={tPush('title')}>
          <PushSettings
            publicKey={vapidKeys().publicKey}
            known={pushSubscriptions}
            save={savePushSubscriptionAction.bind(null, business.slug)}
            setKinds={setPushKindsAction.bind(null, business.slug)}
            remove={removePushSubscriptionAction.bind(null, business.slug)}
          />
        </Panel>
      )}
      <Panel id="password" title={t('password.title')}>
        <p className="text-slate-700">{t(hasPassword ? 'password.leadHas' : 'password.leadNone')}</p>
        <ChangePasswordForm portal={business.slug} hasPassword={hasPassword} />
      </Panel>
      {!viewAs && (
        <Panel id="sessions" title={t('sessions.title')}>
          <p className="text-slate-700">{t('sessions.lead')}</p>
          <ConfirmButton
            label={t('sessions.everywhere')}
            title={t('sessions.dialogTitle')}
            body={t('sessions.dialogBody')}
            confirmLabel={t('sessions.everywhere')}
            cancelLabel={t('sessions.cancel')}
            action={clientSignOutEverywhere.bind(null, business.slug)}
          />
        </Panel>
      )}
    </main>
  );
}

export default withClientMessages(
  ['forgotPassword', 'passkeys', 'passwordErrors', 'portal', 'push', 'security', 'twoFactor'],
  SecurityPage,
);
