import { Button, Column, Heading, Row, Section, Text } from '@react-email/components';
import { brandColors } from '../lib/format/contrast';
import { EmailLayout } from './email-layout';

export type TSecurityNoticeProps = {
  locale: string;
  businessName: string;
  accentColor: string;
  heading: string;
  body: string;
  footer: string;
  /** a button to the place the notice is about (an invoice, an appointment), with the link spelled out below */
  action?: { label: string; href: string };
  /** a table of what the notice is about (an invoice's lines and figures), already formatted */
  details?: { label: string; value: string; strong?: boolean }[];
  /** a note under the table, with its heading */
  note?: { label: string; text: string };
};

/** A short security notice (2FA turned off, contact details changed…), already translated. */
export default function SecurityNoticeEmail({
  locale,
  businessName,
  accentColor,
  heading,
  body,
  footer,
  action,
  details,
  note,
}: TSecurityNoticeProps) {
  const { accent, onAccent } = brandColors(accentColor);
  return (
    <EmailLayout lang={locale} preview={heading} businessName={businessName} accentColor={accentColor} footer={footer}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {heading}
      </Heading>
      <Text>{body}</Text>
      {details && details.length > 0 && (
        <Section style={{ marginBottom: 12 }}>
          {details.map((row, i) => (
            <Row key={i} style={{ fontWeight: row.strong ? 700 : 400 }}>
              <Column style={{ padding: '2px 0' }}>{row.label}</Column>
              <Column style={{ padding: '2px 0', textAlign: 'right', whiteSpace: 'nowrap' }}>{row.value}</Column>
            </Row>
          ))}
        </Section>
      )}
      {note && (
        <>
          <Text style={{ fontWeight: 700, marginBottom: 0 }}>{note.label}</Text>
          <Text style={{ whiteSpace: 'pre-line', marginTop: 4 }}>{note.text}</Text>
        </>
      )}
      {action && (
        <>
          <Button
            href={action.href}
            style={{ backgroundColor: accent, color: onAccent, padding: '12px 18px', borderRadius: 8 }}
          >
            {action.label}
          </Button>
          <Text style={{ color: '#475569', wordBreak: 'break-all' }}>{action.href}</Text>
        </>
      )}
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
