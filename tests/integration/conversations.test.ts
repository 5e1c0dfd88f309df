import { beforeAll, describe, expect, it } from 'vitest';
import { SENDER_BUSINESS_SELECT } from '@/lib/business/sender-business';
import { clientThread } from '@/lib/conversations/client-thread';
import { listInbox } from '@/lib/conversations/list-inbox';
import { alertStaffOfMessage, notifyClientOfReply } from '@/lib/conversations/notify-of-message';
import { assignConversation } from '@/lib/conversations/assign-conversation';
import { addCannedReply, listCannedReplies, removeCannedReply } from '@/lib/conversations/canned-replies';
import { postClientMessage } from '@/lib/conversations/post-client-message';
import { postStaffMessage } from '@/lib/conversations/post-staff-message';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { staffThread } from '@/lib/conversations/staff-thread';
import { unreadConversations } from '@/lib/conversations/unread-conversations';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

// Conversations between a client and their business (issue 30): modes, limits, unread counts and
// read receipts, notes that stay with staff, the staff email batched per 10 minutes, tenancy, and
// pages of a bounded size whatever the thread's length.
let demo: { id: string; clientMessaging: string };
let acme: { id: string };
let owner: string;
let client: { id: string };
const MINUTE = 60_000;
const t0 = new Date('2027-03-01T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, clientMessaging: true } });
  acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' }, select: { id: true } });
  owner = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
  client = await db.client.create({
    data: {
      businessId: demo.id,
      firstName: 'Nicolò',
      lastName: 'Dell’Acqua',
      email: 'nicolo@example.com',
      status: 'active',
    },
    select: { id: true },
  });
}, 60_000);

describe('the demo data', () => {
  it('has the demo client’s short conversation with Studio Demo, the reply unread, the note only for staff', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
      select: { id: true, conversation: { select: { clientUnread: true } } },
    });
    expect(card.conversation?.clientUnread).toBe(1);
    const thread = await clientThread({ businessId: demo.id, clientId: card.id });
    expect(thread.messages.map((m) => m.author)).toEqual(['staff', 'client']);
    expect(await db.conversation.findFirstOrThrow({ where: { clientId: card.id } })).toMatchObject({ clientUnread: 0 });
  });
});

describe('a client writes', () => {
  it('refuses an empty or over-long message, writing nothing', async () => {
    const scope = { business: demo, clientId: client.id };
    expect(await postClientMessage(scope, { body: '   ' }, at(0))).toEqual({
      ok: false,
      error: 'invalid',
      fields: { body: 'empty' },
    });
    expect(await postClientMessage(scope, { body: 'x'.repeat(5001) }, at(0))).toEqual({
      ok: false,
      error: 'invalid',
      fields: { body: 'tooLong' },
    });
    expect(await db.conversation.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('keeps the text as written; staff are told once per conversation per 10 minutes', async () => {
    const scope = { business: demo, clientId: client.id };
    const first = await postClientMessage(
      scope,
      { body: '  <b>Can I move Thursday?</b> https://example.com/x.  ' },
      at(0),
    );
    expect(first).toMatchObject({ ok: true, alertStaff: true });
    expect(await postClientMessage(scope, { body: 'And bring my son?' }, at(5))).toMatchObject({
      ok: true,
      alertStaff: false,
    });
    expect(await postClientMessage(scope, { body: 'Thanks' }, at(11))).toMatchObject({ ok: true, alertStaff: true });
    const stored = await db.conversationMessage.findFirstOrThrow({
      where: { businessId: demo.id, body: { contains: '<b>' } },
    });
    expect(stored.body).toBe('<b>Can I move Thursday?</b> https://example.com/x.');
    expect(await db.conversation.findUniqueOrThrow({ where: { clientId: client.id } })).toMatchObject({
      staffUnread: 3,
    });
    expect(await unreadConversations(demo.id)).toBeGreaterThanOrEqual(1);
  });

  it('emails the owners and admins without the message, linking to the conversation', async () => {
    const business = await db.business.findUniqueOrThrow({ where: { id: demo.id }, select: SENDER_BUSINESS_SELECT });
    await alertStaffOfMessage(business, client.id);
    const sent = await db.outboundMessage.findFirstOrThrow({
      where: { kind: 'staff_conversation_message', to: DEMO_CREDENTIALS.demoOwner.email },
    });
    expect(sent.subject).toBe('Nicolò Dell’Acqua ha scritto a Studio Demo');
    expect(sent.text).toContain(`/admin/demo/inbox/${client.id}`);
    expect(sent.text).not.toContain('Thursday');
  });

  it('sends a file with a message (or alone): only the client’s own upload in this business', async () => {
    const doc = (clientId: string, businessId: string, uploadedBy: string) =>
      db.document.create({
        data: {
          businessId,
          clientId,
          title: 'Photo',
          fileName: 'photo.jpg',
          mimeType: 'image/jpeg',
          sizeBytes: 10,
          storageKey: `test/${clientId}/${Math.random()}`,
          uploadedBy,
        },
        select: { id: true },
      });
    const mine = await doc(client.id, demo.id, 'client');
    const scope = { business: demo, clientId: client.id };
    expect(await postClientMessage(scope, { body: '', documentId: mine.id }, at(12))).toMatchObject({ ok: true });
    const someoneElse = await db.client.findFirstOrThrow({ where: { businessId: demo.id, id: { not: client.id } } });
    const theirs = await doc(someoneElse.id, demo.id, 'client');
    const before = await db.conversationMessage.count();
    expect(await postClientMessage(scope, { body: 'look', documentId: theirs.id }, at(13))).toEqual({
      ok: false,
      error: 'attachment',
    });
    const foreign = await db.client.findFirstOrThrow({ where: { businessId: acme.id } });
    const elsewhere = await doc(foreign.id, acme.id, 'staff');
    expect(
      await postStaffMessage(
        { businessId: demo.id, clientId: client.id, staffIdentityId: owner, note: false },
        { body: 'here', documentId: elsewhere.id },
        at(13),
      ),
    ).toEqual({ ok: false, error: 'attachment' });
    expect(await db.conversationMessage.count()).toBe(before);
    const thread = await clientThread({ businessId: demo.id, clientId: client.id, now: at(14) });
    expect(thread.messages[0]).toMatchObject({ body: '', document: { id: mine.id, fileName: 'photo.jpg' } });
  });

  it('refers to one of the client’s own items only; an invoice of another business (the same person’s) is refused, nothing written', async () => {
    const demoClient = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
    });
    const own = await db.invoice.findFirstOrThrow({
      where: { businessId: demo.id, clientId: demoClient.id, number: { not: null } },
    });
    const someoneElses = await db.invoice.findFirstOrThrow({
      where: { businessId: acme.id, number: { not: null } },
    });
    const scope = { business: demo, clientId: demoClient.id };
    const before = await db.conversationMessage.count();
    expect(await postClientMessage(scope, { body: 'About this', about: `invoice:${someoneElses.id}` }, at(15))).toEqual(
      {
        ok: false,
        error: 'about',
      },
    );
    expect(await postClientMessage(scope, { body: 'About this', about: 'payment:x' }, at(15))).toMatchObject({
      ok: false,
      fields: { about: 'about' },
    });
    expect(await db.conversationMessage.count()).toBe(before);
    expect(await postClientMessage(scope, { body: 'Is this paid?', about: `invoice:${own.id}` }, at(16))).toMatchObject(
      {
        ok: true,
      },
    );
    const [latest] = (await clientThread({ businessId: demo.id, clientId: demoClient.id, now: at(17) })).messages;
    expect(latest).toMatchObject({ aboutType: 'invoice', aboutId: own.id });
  });

  it('allows 30 messages an hour, then refuses', async () => {
    const other = await db.client.create({
      data: { businessId: demo.id, firstName: 'Busy', lastName: 'Writer', status: 'active' },
    });
    for (let i = 0; i < 30; i++)
      expect((await postClientMessage({ business: demo, clientId: other.id }, { body: `m${i}` }, at(20 + i))).ok).toBe(
        true,
      );
    expect(await postClientMessage({ business: demo, clientId: other.id }, { body: 'one more' }, at(55))).toEqual({
      ok: false,
      error: 'rate_limited',
    });
    expect((await postClientMessage({ business: demo, clientId: other.id }, { body: 'later' }, at(81))).ok).toBe(true);
  });

  it('follows the business’s choice: off refuses, reply-only waits for staff to write first', async () => {
    const quiet = await db.client.create({
      data: { businessId: demo.id, firstName: 'Quiet', lastName: 'One', status: 'active' },
    });
    const scope = (mode: string) => ({ business: { ...demo, clientMessaging: mode }, clientId: quiet.id });
    expect(await postClientMessage(scope('off'), { body: 'hello' }, at(0))).toEqual({ ok: false, error: 'off' });
    expect(await postClientMessage(scope('reply'), { body: 'hello' }, at(0))).toEqual({
      ok: false,
      error: 'replyOnly',
    });
    await postStaffMessage(
      { businessId: demo.id, clientId: quiet.id, staffIdentityId: owner, note: true },
      { body: 'a note' },
      at(1),
    );
    expect(await postClientMessage(scope('reply'), { body: 'hello' }, at(2))).toEqual({
      ok: false,
      error: 'replyOnly',
    });
    await postStaffMessage(
      { businessId: demo.id, clientId: quiet.id, staffIdentityId: owner, note: false },
      { body: 'Hi!' },
      at(3),
    );
    expect((await postClientMessage(scope('reply'), { body: 'hello' }, at(4))).ok).toBe(true);
  });
});

describe('staff answer', () => {
  it('a reply counts as unread for the client, a note never reaches them; opening marks read both ways', async () => {
    const scope = { businessId: demo.id, clientId: client.id, staffIdentityId: owner };
    const opened = await staffThread({ ...scope, now: at(30) });
    expect(opened.messages.map((m) => m.body)).toContain('Thanks');
    expect(await db.conversation.findUniqueOrThrow({ where: { clientId: client.id } })).toMatchObject({
      staffUnread: 0,
    });
    expect(await db.auditEvent.count({ where: { action: 'conversation.read', targetId: client.id } })).toBe(1);
    expect(await postStaffMessage({ ...scope, note: true }, { body: 'Call her back' }, at(31))).toMatchObject({
      ok: true,
      notifyClient: false,
    });
    expect(
      await postStaffMessage({ ...scope, note: false }, { body: 'Yes, Thursday at 5 works.' }, at(32)),
    ).toMatchObject({
      ok: true,
      notifyClient: true,
    });
    expect(await db.conversation.findUniqueOrThrow({ where: { clientId: client.id } })).toMatchObject({
      clientUnread: 1,
    });
    const seen = await clientThread({ businessId: demo.id, clientId: client.id, now: at(40) });
    expect(seen.messages.map((m) => m.body)).not.toContain('Call her back');
    expect(seen.messages[0]).toMatchObject({ author: 'staff', body: 'Yes, Thursday at 5 works.' });
    // "Read by Studio Demo": staff read after the client's last message
    expect(seen.conversation!.staffReadAt!.getTime()).toBe(at(32).getTime());
    const again = await staffThread({ ...scope, now: at(41) });
    expect(again.conversation!.clientReadAt!.getTime()).toBe(at(40).getTime());
    expect(again.messages.find((m) => m.author === 'note')).toBeDefined();
    expect(again.authors[owner]).toBe('Maria Esposito');
  });

  it('tells the client by email that there is a message, without its text', async () => {
    const business = await db.business.findUniqueOrThrow({ where: { id: demo.id }, select: SENDER_BUSINESS_SELECT });
    await notifyClientOfReply(business, client.id);
    const sent = await db.outboundMessage.findFirstOrThrow({
      where: { kind: 'conversation_reply', to: 'nicolo@example.com' },
    });
    expect(sent.subject).toBe('Nuovo messaggio da Studio Demo');
    expect(sent.text).toContain('/p/demo/messages');
    expect(sent.text).not.toContain('Thursday');
  });

  it('refuses another business’s client as missing, and closes or reopens only its own', async () => {
    const foreign = await db.client.findFirstOrThrow({ where: { businessId: acme.id }, select: { id: true } });
    expect(
      await postStaffMessage(
        { businessId: demo.id, clientId: foreign.id, staffIdentityId: owner, note: false },
        { body: 'hi' },
      ),
    ).toEqual({ ok: false, error: 'notFound' });
    expect(await db.conversation.count({ where: { clientId: foreign.id } })).toBe(0);
    expect(
      await setConversationStatus({
        businessId: acme.id,
        clientId: client.id,
        staffIdentityId: owner,
        status: 'closed',
      }),
    ).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(
      await setConversationStatus({
        businessId: demo.id,
        clientId: client.id,
        staffIdentityId: owner,
        status: 'closed',
      }),
    ).toEqual({
      ok: true,
    });
    expect(
      (await listInbox(demo.id, { show: 'closed', q: '', page: 1 }, owner)).rows.map((r) => r.client.id),
    ).toContain(client.id);
    // the client writing again reopens it
    await postClientMessage({ business: demo, clientId: client.id }, { body: 'One more thing' }, at(50));
    expect(await db.conversation.findUniqueOrThrow({ where: { clientId: client.id } })).toMatchObject({
      status: 'open',
    });
  });
});

describe('assignment', () => {
  it('gives the conversation to a staff member of the business, whose inbox lists it as theirs and who alone hears of the client’s messages', async () => {
    const reception = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoStaff.email } })).id;
    const acmeOwner = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.acmeOwner.email } })).id;
    const scope = { businessId: demo.id, clientId: client.id, staffIdentityId: owner };
    expect(await assignConversation({ ...scope, assignee: acmeOwner })).toEqual({ ok: false, error: 'notFound' });
    expect(await assignConversation({ ...scope, businessId: acme.id, assignee: null })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await assignConversation({ ...scope, assignee: reception })).toEqual({ ok: true });
    expect(
      (await listInbox(demo.id, { show: 'mine', q: '', page: 1 }, reception)).rows.map((r) => r.client.id),
    ).toEqual([client.id]);
    expect(
      (await listInbox(demo.id, { show: 'mine', q: '', page: 1 }, owner)).rows.map((r) => r.client.id),
    ).not.toContain(client.id);
    const business = await db.business.findUniqueOrThrow({ where: { id: demo.id }, select: SENDER_BUSINESS_SELECT });
    const count = (to: string) => db.outboundMessage.count({ where: { kind: 'staff_conversation_message', to } });
    const [toOwner, toReception] = [
      await count(DEMO_CREDENTIALS.demoOwner.email),
      await count(DEMO_CREDENTIALS.demoStaff.email),
    ];
    await alertStaffOfMessage(business, client.id);
    expect(await count(DEMO_CREDENTIALS.demoStaff.email)).toBe(toReception + 1);
    expect(await count(DEMO_CREDENTIALS.demoOwner.email)).toBe(toOwner);
    expect(await assignConversation({ ...scope, assignee: null })).toEqual({ ok: true });
  });
});

describe('saved replies', () => {
  it('are kept per business and language, refused when incomplete, removed only in their business', async () => {
    const scope = { businessId: demo.id, staffIdentityId: owner };
    expect(await addCannedReply(scope, { locale: 'xx', title: 'Hi', body: 'Hello' })).toMatchObject({
      ok: false,
      fields: { locale: expect.any(String) },
    });
    expect(await addCannedReply(scope, { locale: 'en', title: ' ', body: ' ' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { title: 'titleRequired', body: 'bodyRequired' },
    });
    expect(
      await addCannedReply(scope, { locale: 'it', title: 'Chiusi il lunedì', body: 'Il lunedì siamo chiusi.' }),
    ).toEqual({
      ok: true,
    });
    const [reply] = await listCannedReplies(demo.id);
    expect(reply).toMatchObject({ locale: 'it', title: 'Chiusi il lunedì' });
    expect(await listCannedReplies(acme.id)).toEqual([]);
    expect(await removeCannedReply({ businessId: acme.id, staffIdentityId: owner }, reply.id)).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await removeCannedReply(scope, reply.id)).toEqual({ ok: true });
    expect(await listCannedReplies(demo.id)).toEqual([]);
  });
});

describe('the inbox and long threads', () => {
  it('lists only the business’s conversations, newest first, with filters and a search in names', async () => {
    const inbox = await listInbox(demo.id, { show: 'all', q: '', page: 1 }, owner);
    expect(inbox.rows.length).toBeGreaterThanOrEqual(3);
    const times = inbox.rows.map((r) => r.lastMessageAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(
      (await listInbox(acme.id, { show: 'all', q: '', page: 1 }, owner)).rows.map((r) => r.client.id),
    ).not.toContain(client.id);
    expect(
      (await listInbox(demo.id, { show: 'unread', q: '', page: 1 }, owner)).rows.every((r) => r.staffUnread > 0),
    ).toBe(true);
    expect(
      (await listInbox(demo.id, { show: 'all', q: 'Acqua', page: 1 }, owner)).rows.map((r) => r.client.id),
    ).toEqual([client.id]);
  });

  it('reads a long thread a page at a time by cursor, with no message twice or missed', async () => {
    const long = await db.client.create({
      data: { businessId: demo.id, firstName: 'Long', lastName: 'Thread', status: 'active' },
    });
    for (let i = 0; i < 70; i++)
      await postStaffMessage(
        { businessId: demo.id, clientId: long.id, staffIdentityId: owner, note: false },
        { body: `message ${i}` },
        at(100 + i),
      );
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 5; page++) {
      const thread = await clientThread({ businessId: demo.id, clientId: long.id }, before);
      expect(thread.messages.length).toBeLessThanOrEqual(30);
      seen.push(...thread.messages.map((m) => m.body));
      if (!thread.older) break;
      before = thread.older;
    }
    expect(seen).toHaveLength(70);
    expect(new Set(seen).size).toBe(70);
    expect(seen[0]).toBe('message 69');
    expect(seen[69]).toBe('message 0');
  });

  it('goes with the card', async () => {
    const gone = await db.client.create({
      data: { businessId: demo.id, firstName: 'Gone', lastName: 'Soon', status: 'active' },
    });
    await postClientMessage({ business: demo, clientId: gone.id }, { body: 'bye' }, at(0));
    await db.client.delete({ where: { id: gone.id } });
    expect(await db.conversation.count({ where: { clientId: gone.id } })).toBe(0);
    expect(await db.conversationMessage.count({ where: { body: 'bye' } })).toBe(0);
  });
});
