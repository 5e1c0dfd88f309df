import { Button, Heading, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import en from '../messages/en.json';
import type { TMessages } from '../lib/i18n/locales';
import { EmailLayout } from './email-layout';

export type TOneTimeCodeVariant =
  'oneTimeCode' | 'resetCode' | 'signUpCode' | 'contactCode' | 'contactChangeCode' | 'pageCode' | 'businessSignUpCode';

export type TOneTimeCodeEmailProps = {
  locale: string;
  messages: TMessages;
  businessName: string;
  accentColor: string;
  /** which messages: a sign-in, password-reset, sign-up, contact-change or page code */
  variant?: TOneTimeCodeVariant;
  code: string;
  minutes: number;
  /** a sign-in link that opens a confirmation page (mail scanners cannot use it up) */
  link?: string;
};

export function oneTimeCodeSubject({
  locale,
  messages,
  businessName,
  code,
  variant = 'oneTimeCode',
}: TOneTimeCodeEmailProps) {
  return createTranslator({ locale, messages, namespace: `emails.${variant}` })('subject', {
    business: businessName,
    code,
  });
}

export default function OneTimeCodeEmail(props: TOneTimeCodeEmailProps) {
  const { locale, messages, businessName, accentColor, code, minutes, link, variant = 'oneTimeCode' } = props;
  const t = createTranslator({ locale, messages, namespace: 'emails' });
  const v = createTranslator({ locale, messages, namespace: `emails.${variant}` });
  return (
    <EmailLayout
      lang={locale}
      preview={v('preview', { code })}
      businessName={businessName}
      accentColor={accentColor}
      // a newcomer signing up is not a client yet: their variant says why the message came
      footer={v.has('footer') ? v('footer', { business: businessName }) : t('footer', { business: businessName })}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {v('heading')}
      </Heading>
      <Text style={{ fontSize: 32, fontWeight: 700, letterSpacing: 6 }}>{code}</Text>
      <Text>{v('body', { minutes, business: businessName })}</Text>
      {link && (
        <Button
          href={link}
          style={{ backgroundColor: accentColor, color: '#ffffff', padding: '12px 18px', borderRadius: 8 }}
        >
          {v('link')}
        </Button>
      )}
      <Text style={{ color: '#475569' }}>{v('ignore', { business: businessName })}</Text>
    </EmailLayout>
  );
}

OneTimeCodeEmail.PreviewProps = {
  locale: 'en',
  messages: en,
  businessName: 'Studio Demo',
  accentColor: '#0f766e',
  code: '482913',
  minutes: 10,
  link: 'http://localhost:3000/p/demo/sign-in/link?token=preview',
} satisfies TOneTimeCodeEmailProps;
