import { Button, Heading, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import en from '../messages/en.json';
import type { TMessages } from '../lib/i18n/locales';
import { EmailLayout } from './email-layout';

export type TStaffInviteEmailProps = {
  locale: string;
  messages: TMessages;
  businessName: string;
  inviterName: string;
  role: string;
  link: string;
};

/** An invitation to a business's staff: the link is single use and valid 7 days. */
export default function StaffInviteEmail({
  locale,
  messages,
  businessName,
  inviterName,
  role,
  link,
}: TStaffInviteEmailProps) {
  const t = createTranslator({ locale, messages, namespace: 'emails' });
  return (
    <EmailLayout
      lang={locale}
      preview={t('staffInvite.preview', { business: businessName })}
      businessName={businessName}
      accentColor="#1e3a8a"
      footer={t('staffInviteFooter', { inviter: inviterName, business: businessName })}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('staffInvite.heading', { business: businessName })}
      </Heading>
      <Text>
        {t('staffInvite.body', {
          name: inviterName,
          business: businessName,
          role: t(`staffInvite.roles.${role as 'staff'}`),
        })}
      </Text>
      <Button
        href={link}
        style={{ backgroundColor: '#1e3a8a', color: '#ffffff', padding: '12px 18px', borderRadius: 8 }}
      >
        {t('staffInvite.button')}
      </Button>
      <Text style={{ color: '#475569' }}>{t('staffInvite.expiry')}</Text>
      <Text style={{ color: '#475569', wordBreak: 'break-all' }}>{link}</Text>
    </EmailLayout>
  );
}

StaffInviteEmail.PreviewProps = {
  locale: 'en',
  messages: en,
  businessName: 'Studio Demo',
  inviterName: 'Maria Esposito',
  role: 'staff',
  link: 'https://portal.example.com/admin/invite?token=preview',
} satisfies TStaffInviteEmailProps;
