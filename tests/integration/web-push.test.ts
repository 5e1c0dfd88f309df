import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { db } from '@/lib/db';
import { notifyClientOfInvoice } from '@/lib/invoices/notify-client-of-invoice';
import { setDocumentShared } from '@/lib/documents/staff-documents';
import { pushNotice } from '@/lib/messaging/push-notice';
import {
  listPushSubscriptions,
  removePushSubscription,
  savePushSubscription,
  setPushKinds,
} from '@/lib/messaging/push-subscriptions';
import { deliverDueMessages } from '@/lib/messaging/deliver-message';
import { SENDER_BUSINESS_SELECT } from '@/lib/business/sender-business';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';
import { FakeBrowserKeys, startPushService } from '../support/push-service';

// Web Push from the server's side, against a local push service that checks the VAPID signature and
// decrypts each payload as the phone would: what a locked screen shows, what is refused, and what
// happens when a browser is gone.
const vapid = webpush.generateVAPIDKeys();
const browsers = new Map<string, FakeBrowserKeys>();
let service: Awaited<ReturnType<typeof startPushService>>;
let scope: { businessId: string; clientId: string };
let other: { businessId: string; clientId: string };

const browser = (path: string) => {
  const keys = new FakeBrowserKeys();
  browsers.set(path, keys);
  return keys.subscription(`${service.origin}${path}`);
};

beforeAll(async () => {
  service = await startPushService((path) => browsers.get(path));
  Object.assign(process.env, {
    PUSH_SERVICE_ORIGINS: service.origin,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:ops@portico.example.com',
  });
  await seedDemo();
  const card = await db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
    select: { id: true, businessId: true },
  });
  scope = { businessId: card.businessId, clientId: card.id };
  const someoneElse = await db.client.findFirstOrThrow({
    where: { businessId: card.businessId, id: { not: card.id }, isDemo: false },
    select: { id: true, businessId: true },
  });
  other = { businessId: someoneElse.businessId, clientId: someoneElse.id };
}, 60_000);

afterAll(() => service.stop());

describe('turning notifications on', () => {
  it('keeps a browser’s subscription, scoped to the client; the page sees only its hash', async () => {
    expect(
      await savePushSubscription(scope, { subscription: browser('/ok/phone'), kinds: ['invoice', 'document'] }),
    ).toEqual({
      ok: true,
    });
    const listed = await listPushSubscriptions(scope);
    expect(listed).toHaveLength(1);
    expect(listed[0].endpoint).toMatch(/^[0-9a-f]{64}$/);
    expect(listed[0].kinds).toEqual(['invoice', 'document']);
    expect(await listPushSubscriptions(other)).toEqual([]);
  });

  it('refuses an endpoint that is not a push service (an address inside the network, plain HTTP, another server)', async () => {
    for (const endpoint of [
      'http://169.254.169.254/latest/meta-data',
      'http://fcm.googleapis.com/fcm/send/x',
      'https://fcm.googleapis.com.evil.test/fcm/send/x',
      'https://evil.test/push',
    ]) {
      const keys = new FakeBrowserKeys().subscription(endpoint);
      expect(await savePushSubscription(scope, { subscription: keys, kinds: ['invoice'] })).toEqual({
        ok: false,
        error: 'invalid',
        fields: { 'subscription.endpoint': 'endpoint' },
      });
    }
    const fcm = new FakeBrowserKeys().subscription('https://fcm.googleapis.com/fcm/send/abc:def');
    expect((await savePushSubscription(other, { subscription: fcm, kinds: [] })).ok).toBe(true);
    expect(await db.pushSubscription.count({ where: { endpoint: { contains: 'evil' } } })).toBe(0);
  });

  it('changes and removes only the client’s own browsers', async () => {
    const endpoint = `${service.origin}/ok/phone`;
    expect(await setPushKinds(other, { endpoint, kinds: [] })).toEqual({ ok: false, error: 'notFound' });
    expect(await removePushSubscription(other, endpoint)).toEqual({ ok: false, error: 'notFound' });
    // another business cannot take the browser over by its endpoint
    const acme = await db.client.findFirstOrThrow({
      where: { business: { slug: 'acme' } },
      select: { id: true, businessId: true },
    });
    const taken = await savePushSubscription(
      { businessId: acme.businessId, clientId: acme.id },
      { subscription: new FakeBrowserKeys().subscription(endpoint), kinds: ['invoice'] },
    );
    expect(taken).toEqual({ ok: false, error: 'invalid', fields: { 'subscription.endpoint': 'endpoint' } });
    expect(await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).toMatchObject(scope);
  });
});

describe('sending', () => {
  it('a new invoice: VAPID-signed, encrypted to the browser, the business’s name and one sentence without the amount, opening the invoice', async () => {
    const invoice = await db.invoice.findFirstOrThrow({
      where: { ...scope, kind: 'invoice', status: 'open' },
      select: { id: true, totalMinor: true },
    });
    const business = await db.business.findUniqueOrThrow({
      where: { id: scope.businessId },
      select: SENDER_BUSINESS_SELECT,
    });
    const before = service.received.length;
    await notifyClientOfInvoice({ business, invoiceId: invoice.id });
    const pushed = service.received.slice(before);
    expect(pushed).toHaveLength(1);
    const [message] = pushed;
    expect(message).toMatchObject({
      path: '/ok/phone',
      encoding: 'aes128gcm',
      ttl: '86400',
      signatureValid: true,
      vapidKey: vapid.publicKey,
    });
    expect(message.claims).toMatchObject({ aud: service.origin, sub: 'mailto:ops@portico.example.com' });
    expect(message.claims!.exp * 1000).toBeGreaterThan(Date.now());
    expect(message.claims!.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
    // the card has no language: the business's (Italian)
    expect(message.payload).toEqual({
      title: 'Studio Demo',
      body: 'Hai una nuova fattura da Studio Demo.',
      url: `/p/demo/invoices/${invoice.id}`,
    });
    const euros = String(invoice.totalMinor / 100);
    expect(JSON.stringify(message.payload)).not.toContain(euros.split('.')[0] + ',');
    const logged = await db.outboundMessage.findFirstOrThrow({ where: { channel: 'push', kind: 'push_invoice' } });
    expect(logged).toMatchObject({ status: 'sent', attempts: 1, link: `/p/demo/invoices/${invoice.id}` });
  });

  it('a document shared: only to browsers that kept that kind on', async () => {
    const document = await db.document.findFirst({ where: { ...scope, uploadedBy: 'staff' }, select: { id: true } });
    const documentId =
      document?.id ??
      (
        await db.document.create({
          data: {
            ...scope,
            title: 'Piano',
            fileName: 'piano.pdf',
            mimeType: 'application/pdf',
            sizeBytes: 1,
            storageKey: 'demo/x/piano',
            uploadedBy: 'staff',
            sharedWithClient: false,
          },
        })
      ).id;
    await setPushKinds(scope, { endpoint: `${service.origin}/ok/phone`, kinds: ['invoice'] });
    const before = service.received.length;
    await setDocumentShared({ businessId: scope.businessId, documentId, shared: true, staffIdentityId: 'staff' });
    expect(service.received.length).toBe(before);
    await setPushKinds(scope, { endpoint: `${service.origin}/ok/phone`, kinds: ['document'] });
    await setDocumentShared({ businessId: scope.businessId, documentId, shared: true, staffIdentityId: 'staff' });
    expect(service.received.slice(before).map((m) => m.payload)).toEqual([
      { title: 'Studio Demo', body: 'Studio Demo ha condiviso un documento con te.', url: '/p/demo/documents' },
    ]);
  });

  it('a browser the push service forgot (410) is removed, its message failed; a busy service (503) is tried again later', async () => {
    await savePushSubscription(scope, { subscription: browser('/gone/old-phone'), kinds: ['appointment_reminder'] });
    await savePushSubscription(scope, { subscription: browser('/busy/tablet'), kinds: ['appointment_reminder'] });
    const business = await db.business.findUniqueOrThrow({
      where: { id: scope.businessId },
      select: SENDER_BUSINESS_SELECT,
    });
    const results = await pushNotice({
      business,
      client: { id: scope.clientId, locale: 'en' },
      kind: 'appointment_reminder',
      path: '/schedule',
    });
    expect(results.sort()).toEqual(['failed', 'queued']);
    expect(await db.pushSubscription.count({ where: { endpoint: { contains: '/gone/' } } })).toBe(0);
    const busy = await db.outboundMessage.findFirstOrThrow({ where: { channel: 'push', status: 'queued' } });
    expect(busy.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    expect((await deliverDueMessages(new Date(Date.now() + 60_000))).attempted).toBe(1);
    expect(await db.outboundMessage.findUniqueOrThrow({ where: { id: busy.id } })).toMatchObject({ attempts: 2 });
  });

  it('goes when the card is deleted', async () => {
    const card = await db.client.create({
      data: { businessId: scope.businessId, firstName: 'Temp', lastName: 'Card', status: 'active' },
    });
    await savePushSubscription(
      { businessId: scope.businessId, clientId: card.id },
      { subscription: browser('/ok/temp'), kinds: ['invoice'] },
    );
    await db.client.delete({ where: { id: card.id } });
    expect(await db.pushSubscription.count({ where: { clientId: card.id } })).toBe(0);
  });
});
