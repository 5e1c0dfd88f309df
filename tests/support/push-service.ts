// A local stand-in for a browser's push service (RFC 8030): it checks what a real one checks of a
// sender (the VAPID JWT signed with the key it names, RFC 8292) and decrypts the payload the way the
// browser would (aes128gcm, RFC 8291, with http_ece), so the tests read exactly what a phone shows.
// /gone/… answers 410 (the browser unsubscribed), /busy/… 503, anything else 201. It speaks HTTPS
// (web-push sends over HTTPS only) with a certificate made here by openssl, which this test process
// (and only it) trusts.
import { execFileSync } from 'node:child_process';
import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decrypt } from 'http_ece';

const b64url = (buffer: Buffer) => buffer.toString('base64url');

export type TPushed = {
  path: string;
  status: number;
  ttl: string | undefined;
  encoding: string | undefined;
  claims: { aud: string; exp: number; sub: string } | null;
  signatureValid: boolean;
  vapidKey: string | null;
  payload: { title: string; body: string; url: string } | null;
};

/** A browser's side of a subscription: its P-256 key pair and auth secret, and the JSON it would give. */
export class FakeBrowserKeys {
  readonly ecdh: ECDH = createECDH('prime256v1');
  readonly auth = randomBytes(16);
  constructor() {
    this.ecdh.generateKeys();
  }
  subscription(endpoint: string) {
    return { endpoint, keys: { p256dh: b64url(this.ecdh.getPublicKey()), auth: b64url(this.auth) } };
  }
}

function checkVapid(header: string | undefined) {
  const match = /^vapid t=([^,\s]+),\s*k=([\w-]+)$/.exec(header ?? '');
  if (!match) return { claims: null, signatureValid: false, vapidKey: null };
  const [, token, key] = match;
  const [head, body, signature] = token.split('.');
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) },
    format: 'jwk',
  });
  const signatureValid = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  return { claims: JSON.parse(Buffer.from(body, 'base64url').toString()), signatureValid, vapidKey: key };
}

/** A certificate for 127.0.0.1, valid a day, and its key (PEM). */
function localCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'push-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const pem = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pem;
}

export async function startPushService(keysFor: (path: string) => FakeBrowserKeys | undefined) {
  const received: TPushed[] = [];
  const tls = localCertificate();
  // web-push uses Node's default HTTPS agent: this process trusts the stand-in's certificate
  https.globalAgent.options.ca = [tls.cert];
  const server = https.createServer(tls, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const status = path.startsWith('/gone/') ? 410 : path.startsWith('/busy/') ? 503 : 201;
      const keys = keysFor(path);
      let payload = null;
      if (keys && status === 201)
        payload = JSON.parse(
          decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: keys.ecdh,
            authSecret: keys.auth,
          }).toString(),
        );
      received.push({
        path,
        status,
        ttl: request.headers.ttl as string | undefined,
        encoding: request.headers['content-encoding'],
        ...checkVapid(request.headers.authorization),
        payload,
      });
      response.writeHead(status, status === 201 ? { Location: `${path}/message/${received.length}` } : {});
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
