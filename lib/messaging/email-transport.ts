import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/**
 * The nodemailer transport for SMTP_URL, or null when none is configured (dev outbox).
 * nodemailer reads the URL itself: smtp://user:pass@host:587, smtps://…:465, and
 * options as query parameters (?ignoreTLS=true for local relays without STARTTLS).
 */
export function emailTransport(smtpUrl: string | undefined): Transporter | null {
  if (!smtpUrl) return null;
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}
