import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/** The nodemailer transport for SMTP_URL, or null when none is configured (dev outbox). */
export function emailTransport(smtpUrl: string | undefined): Transporter | null {
  if (!smtpUrl) return null;
  let transport = transports.get(smtpUrl);
  if (!transport) {
    const url = new URL(smtpUrl);
    // smtp://host:port?ignoreTLS=true for local relays and test servers without STARTTLS
    transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}
