import { Button, Heading, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import en from '../messages/en.json';
import type { TMessages } from '../lib/i18n/locales';
import { EmailLayout } from './email-layout';

export type TStaffPasswordResetEmailProps = { locale: string; messages: TMessages; name: string; link: string };

/** A staff member's "Forgot password?": a single-use link valid one hour. */
export default function StaffPasswordResetEmail({ locale, messages, name, link }: TStaffPasswordResetEmailProps) {
  const t = createTranslator({ locale, messages, namespace: 'emails' });
  return (
    <EmailLayout
      lang={locale}
      preview={t('staffReset.preview')}
      businessName="Portico"
      accentColor="#1e3a8a"
      footer={t('staffReset.footer')}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('staffReset.heading')}
      </Heading>
      <Text>{t('staffReset.body', { name })}</Text>
      <Button
        href={link}
        style={{ background: '#1e3a8a', color: '#ffffff', padding: '12px 20px', borderRadius: 8, fontWeight: 600 }}
      >
        {t('staffReset.button')}
      </Button>
      <Text>{t('staffReset.ignore')}</Text>
    </EmailLayout>
  );
}

StaffPasswordResetEmail.PreviewProps = {
  locale: 'en',
  messages: en,
  name: 'Maria',
  link: 'http://localhost:3000/admin/reset-password?token=preview',
} satisfies TStaffPasswordResetEmailProps;
