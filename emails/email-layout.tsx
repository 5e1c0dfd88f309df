import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

type Props = {
  lang: string;
  preview: string;
  businessName: string;
  footer: string;
  accentColor: string;
  children: React.ReactNode;
};

/** The branded frame shared by every Portico email. */
export function EmailLayout({ lang, preview, businessName, footer, accentColor, children }: Props) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f8fafc', fontFamily: 'Helvetica, Arial, sans-serif', color: '#0f172a' }}>
        <Container
          style={{
            maxWidth: 520,
            margin: '24px auto',
            backgroundColor: '#ffffff',
            borderRadius: 12,
            overflow: 'hidden',
          }}
        >
          <Section style={{ backgroundColor: accentColor, padding: '16px 24px' }}>
            <Text style={{ margin: 0, fontSize: 18, fontWeight: 700, color: '#ffffff' }}>{businessName}</Text>
          </Section>
          <Section style={{ padding: '8px 24px 16px' }}>{children}</Section>
          <Hr style={{ borderColor: '#e2e8f0', margin: 0 }} />
          <Text style={{ fontSize: 12, color: '#475569', padding: '0 24px' }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
