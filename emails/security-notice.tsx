import { Heading, Text } from '@react-email/components';
import { EmailLayout } from './email-layout';

export type TSecurityNoticeProps = {
  locale: string;
  businessName: string;
  accentColor: string;
  heading: string;
  body: string;
  footer: string;
};

/** A short security notice (2FA turned off, contact details changed…), already translated. */
export default function SecurityNoticeEmail({
  locale,
  businessName,
  accentColor,
  heading,
  body,
  footer,
}: TSecurityNoticeProps) {
  return (
    <EmailLayout lang={locale} preview={heading} businessName={businessName} accentColor={accentColor} footer={footer}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {heading}
      </Heading>
      <Text>{body}</Text>
    </EmailLayout>
  );
}

SecurityNoticeEmail.PreviewProps = {
  locale: 'en',
  businessName: 'Studio Demo',
  accentColor: '#0f766e',
  heading: 'Two-step verification was turned off',
  body: 'Two-step verification was just turned off for your Studio Demo account. If this was not you, contact Studio Demo straight away.',
  footer: 'You received this message because you are a client of Studio Demo.',
} satisfies TSecurityNoticeProps;
