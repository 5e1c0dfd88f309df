import { Button, Heading, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import en from '../messages/en.json';
import type { TMessages } from '../lib/i18n/locales';
import { EmailLayout } from './email-layout';

export type TWelcomeEmailProps = {
  locale: string;
  messages: TMessages;
  businessName: string;
  accentColor: string;
  firstName: string;
  link: string;
};

/** "Create your login": sent for cards made by staff (seed 002). */
export default function WelcomeEmail({
  locale,
  messages,
  businessName,
  accentColor,
  firstName,
  link,
}: TWelcomeEmailProps) {
  const t = createTranslator({ locale, messages, namespace: 'emails' });
  return (
    <EmailLayout
      lang={locale}
      preview={t('welcome.preview', { business: businessName })}
      businessName={businessName}
      accentColor={accentColor}
      footer={t('footer', { business: businessName })}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('welcome.heading', { name: firstName })}
      </Heading>
      <Text>{t('welcome.body', { business: businessName })}</Text>
      <Button
        href={link}
        style={{ backgroundColor: accentColor, color: '#ffffff', padding: '12px 18px', borderRadius: 8 }}
      >
        {t('welcome.button')}
      </Button>
      <Text style={{ color: '#475569' }}>{t('welcome.expiry', { business: businessName })}</Text>
      <Text style={{ color: '#475569', wordBreak: 'break-all' }}>{link}</Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = {
  locale: 'en',
  messages: en,
  businessName: 'Studio Demo',
  accentColor: '#0f766e',
  firstName: 'Giulia',
  link: 'http://localhost:3000/p/demo/welcome?token=preview',
} satisfies TWelcomeEmailProps;
