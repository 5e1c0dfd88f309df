import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TwoFactorSettings } from '@/components/auth/two-factor-settings';
import { confirmStaffTotpAction, disableStaffTotpAction, startStaffTotpAction } from '@/lib/actions/staff-two-factor';
import { mustUseAuthenticator, requireStaff } from '@/lib/auth/guards/require-staff';
import { Panel } from '@/components/ui/panel';
import { PasskeySettings } from '@/components/auth/passkey-settings';
import { passkeyItems } from '@/components/auth/passkey-items';
import { addStaffPasskeyAction, removeStaffPasskeyAction, startStaffPasskeyAction } from '@/lib/actions/passkeys';
import { listPasskeys } from '@/lib/auth/passkeys/list-passkeys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSecurity'))('title') };
}

export default async function StaffSecurityPage() {
  const staff = await requireStaff({ allowPending2fa: true });
  const [t, ts, tPasskeys, passkeys] = await Promise.all([
    getTranslations('security'),
    getTranslations('staffSecurity'),
    getTranslations('passkeys'),
    listPasskeys(staff.id).then(passkeyItems),
  ]);
  const required = mustUseAuthenticator(staff);
  const enabled = !!staff.totpEnabledAt;
  return (
    <main id="main" className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{ts('title')}</h1>
      {required && !enabled && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {ts('ownerRequired')}
        </p>
      )}
      <Panel id="two-factor" title={t('twoFactorTitle')}>
        {required && enabled ? (
          <p>
            {t('statusOn')} {ts('ownerCannotDisable')}
          </p>
        ) : (
          <TwoFactorSettings
            enabled={enabled}
            qrLabel={ts('qrLabel')}
            signInHref="/admin/sign-in"
            start={startStaffTotpAction}
            confirm={confirmStaffTotpAction}
            disable={disableStaffTotpAction}
          />
        )}
      </Panel>
      <Panel id="passkeys" title={tPasskeys('title')}>
        <PasskeySettings
          passkeys={passkeys}
          start={startStaffPasskeyAction}
          add={addStaffPasskeyAction}
          remove={removeStaffPasskeyAction}
        />
      </Panel>
    </main>
  );
}
