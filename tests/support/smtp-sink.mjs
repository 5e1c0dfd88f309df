// A real SMTP server for browser tests (smtp-server), with the mail it received
// readable over HTTP: GET /messages?to=ADDRESS (newest first, parsed by postal-mime).
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import PostalMime from 'postal-mime';

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526);
const received = [];

new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      const mail = await PostalMime.parse(Buffer.concat(chunks));
      received.unshift({
        to: session.envelope.rcptTo.map((r) => r.address),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      callback();
    });
  },
}).listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const to = url.searchParams.get('to');
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ messages: received.filter((m) => !to || m.to.includes(to)) }));
}).listen(httpPort, '127.0.0.1', () => console.log(`smtp sink on 127.0.0.1:${smtpPort}, http on ${httpPort}`));
