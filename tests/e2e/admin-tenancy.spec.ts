import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { callServerAction, ensureDemoStaff, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Staff of business A cannot read or change anything of business B (issue 9): every admin
// server action and route, called directly with B's slug and B's ids, changes nothing;
// with A's slug and B's ids, neither. The staff member here works for Studio Demo only.
const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };
const card = {
  firstName: 'Taken',
  lastName: 'Over',
  email: '',
  phone: '',
  locale: '',
  notes: '',
  sendWelcome: false,
  custom: {},
};
const invoiceForm = (clientId: string) => ({
  clientId,
  dueDate: '',
  discount: '',
  notes: '',
  lines: [{ description: 'Taken over', quantity: '1', unitPrice: '1', taxRate: '0' }],
});
const pageForm = { title: 'Taken over', slug: 'taken-over', body: '', published: true };
const grantForm = { emails: 'intruder@example.com', from: '2026-01-01', until: '' };
const serviceForm = {
  names: { en: 'Taken over', it: '' },
  durationMinutes: '30',
  price: '1',
  staffIds: [],
  active: true,
};
const bookingForm = (clientId: string, serviceId: string, staffMemberId: string) => ({
  clientId,
  serviceId,
  staffMemberId,
  date: '2030-01-10',
  time: '10:00',
  notes: '',
});
const paymentForm = { amount: '1', method: 'cash', reference: '', paidOn: '2026-01-01' };
const field = {
  labels: { en: 'Taken over', it: '' },
  type: 'text',
  options: '',
  required: false,
  editableByClient: true,
};

test('every admin action and route refuses another business, whatever ids it is given', async ({ page }) => {
  const db = workerDb();
  const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  const client = await db.client.findFirstOrThrow({ where: { businessId: acme.id, isDemo: false } });
  const member = await db.staffMember.findFirstOrThrow({ where: { businessId: acme.id, role: 'owner' } });
  const customField = await db.customFieldDefinition.findFirstOrThrow({ where: { businessId: acme.id } });
  const invoice = await db.invoice.findFirstOrThrow({ where: { businessId: acme.id, status: 'open' } });
  const document = await db.document.findFirstOrThrow({ where: { businessId: acme.id, clientId: { not: null } } });
  const restricted = await db.restrictedPage.findFirstOrThrow({ where: { businessId: acme.id } });
  const access = await db.pageAccess.findFirstOrThrow({ where: { businessId: acme.id } });
  const service = await db.service.findFirstOrThrow({ where: { businessId: acme.id } });
  const appointment = await db.appointment.findFirstOrThrow({ where: { businessId: acme.id, status: 'booked' } });
  const pageFile = await db.document.findFirst({ where: { businessId: acme.id, pageId: { not: null } } });
  const snapshot = async () =>
    JSON.stringify([
      await db.restrictedPage.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.pageAccess.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.service.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.appointment.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.document.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.business.findUniqueOrThrow({ where: { id: acme.id } }),
      await db.client.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.staffMember.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.staffInvite.findMany({ where: { businessId: acme.id } }),
      await db.customFieldDefinition.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.customFieldValue.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.invoice.findMany({ where: { businessId: acme.id }, include: { lines: true }, orderBy: { id: 'asc' } }),
      await db.payment.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.timeOff.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.product.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.order.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.notificationTemplate.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.conversation.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.conversationMessage.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.cannedReply.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
    ]);
  const before = await snapshot();
  const auditsBefore = await db.auditEvent.count({ where: { businessId: acme.id } });

  await staffSignIn(page, reception);
  const calls: [string, string, unknown[]][] = [
    ['admin-clients', 'createClientAction', [card]],
    ['admin-clients', 'updateClientAction', [client.id, card]],
    ['admin-clients', 'setClientArchivedAction', [client.id, true]],
    ['admin-clients', 'resendWelcomeAction', [client.id]],
    ['admin-clients', 'turnOffTwoStepAction', [client.id]],
    ['admin-clients', 'resetClientPasswordAction', [client.id, 'email']],
    ['admin-staff', 'inviteStaffAction', [{ email: 'intruder@example.com', role: 'owner' }]],
    ['admin-staff', 'changeStaffRoleAction', [member.id, 'staff']],
    ['admin-staff', 'removeStaffAction', [member.id]],
    ['admin-staff', 'saveStaffHoursAction', [member.id, { sameAsOpening: true, hours: [] }]],
    ['admin-custom-fields', 'saveFieldDefinitionAction', [customField.id, field]],
    ['admin-custom-fields', 'deleteFieldDefinitionAction', [customField.id]],
    ['admin-import', 'analyzeImportAction', ['$undefined']],
    ['admin-import', 'previewImportAction', ['$undefined']],
    ['admin-import', 'runImportAction', ['$undefined']],
    [
      'admin-settings',
      'saveSettingsAction',
      ['cancellation', { allowCancellation: false, cancellationCutoffHours: 0 }],
    ],
    ['admin-settings', 'changePortalAddressAction', [{ slug: 'taken-over' }]],
    ['admin-settings', 'removeLogoAction', []],
    ['admin-settings', 'saveSettingsAction', ['branding', { name: 'Taken over', accentColor: '#000000' }]],
    ['admin-invoices', 'saveInvoiceDraftAction', [null, invoiceForm(client.id)]],
    ['admin-invoices', 'saveInvoiceDraftAction', [invoice.id, invoiceForm(client.id)]],
    ['admin-invoices', 'issueInvoiceAction', [invoice.id]],
    ['admin-invoices', 'voidInvoiceAction', [invoice.id]],
    ['admin-invoices', 'deleteInvoiceDraftAction', [invoice.id]],
    ['admin-invoices', 'startCreditNoteAction', [invoice.id]],
    ['admin-invoices', 'recordPaymentAction', [invoice.id, paymentForm]],
    ['admin-documents', 'setDocumentSharedAction', [document.id, false]],
    ['admin-schedule', 'saveServiceAction', [null, serviceForm]],
    ['admin-schedule', 'saveServiceAction', [service.id, serviceForm]],
    ['admin-schedule', 'bookAppointmentAction', [null, bookingForm(client.id, service.id, member.id)]],
    ['admin-schedule', 'bookAppointmentAction', [appointment.id, bookingForm(client.id, service.id, member.id)]],
    ['admin-schedule', 'cancelAppointmentByStaffAction', [appointment.id, { reason: 'taken over' }]],
    [
      'admin-schedule',
      'addTimeOffAction',
      [{ staffMemberId: '', fromDate: '2027-01-04', fromTime: '', toDate: '2027-01-04', toTime: '', note: 'closed' }],
    ],
    ['admin-schedule', 'removeTimeOffAction', ['any-id']],
    [
      'admin-products',
      'saveProductAction',
      [
        null,
        {
          names: { en: 'x', it: 'x' },
          description: '',
          price: '1',
          currency: 'EUR',
          pageId: '',
          accessDays: '',
          active: true,
        },
      ],
    ],
    ['admin-products', 'confirmOrderAction', ['any-id', 'ref']],
    ['admin-notifications', 'saveTemplateAction', ['registration', 'en', { subject: 'x', body: 'x' }]],
    ['admin-notifications', 'resetTemplateAction', ['registration', 'en']],
    ['admin-notifications', 'previewTemplateAction', ['registration', 'en', { subject: 'x', body: 'x' }]],
    ['admin-notifications', 'sendTestTemplateAction', ['registration', 'en', { subject: 'x', body: 'x' }]],
    ['admin-pages', 'savePageAction', [null, pageForm]],
    ['admin-pages', 'savePageAction', [restricted.id, pageForm]],
    ['admin-pages', 'grantPageAccessAction', [restricted.id, grantForm]],
    ['admin-pages', 'changePageAccessAction', [access.id, 'end']],
    ['admin-pages', 'removePageFileAction', [pageFile?.id ?? document.id]],
    ['admin-conversations', 'sendStaffMessageAction', [client.id, false, { body: 'Taken over' }]],
    ['admin-conversations', 'sendStaffMessageAction', [client.id, true, { body: 'Taken over' }]],
    ['admin-conversations', 'setConversationStatusAction', [client.id, 'closed']],
    ['admin-conversations', 'assignConversationAction', [client.id, '']],
    ['admin-conversations', 'addCannedReplyAction', [{ locale: 'en', title: 'Taken over', body: 'Taken over' }]],
    ['admin-conversations', 'removeCannedReplyAction', ['any-id']],
  ];
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string }>;
  };
  const guarded = new Set(
    Object.values(manifest.node)
      .map((a) => a.filename)
      .filter((f) => /^lib\/actions\/admin-/.test(f)),
  );
  // every admin action file is covered here (a new one must be added to this list)
  expect([...guarded].sort()).toEqual(
    [
      'admin-clients',
      'admin-conversations',
      'admin-custom-fields',
      'admin-documents',
      'admin-import',
      'admin-invoices',
      'admin-notifications',
      'admin-pages',
      'admin-products',
      'admin-schedule',
      'admin-settings',
      'admin-staff',
      'admin-view-as',
    ].map((f) => `lib/actions/${f}.ts`),
  );
  for (const [file, name, args] of calls) {
    const response = await callServerAction(page, '/admin/demo/clients', `lib/actions/${file}.ts`, name, [
      'acme',
      ...args,
    ]);
    expect(response.text, name).toContain('"unauthorized"');
  }
  // actions of a form (no answer but a redirect when allowed): no redirect, nothing opened
  for (const [file, name, args] of [
    ['admin-custom-fields', 'moveFieldDefinitionAction', [customField.id, 'down']],
    ['admin-view-as', 'viewAsClientAction', [client.id]],
    ['admin-view-as', 'viewAsDemoClientAction', []],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/clients', `lib/actions/${file}.ts`, name, [
      'acme',
      ...args,
    ]);
    expect(response.headers['x-action-redirect'], name).toBeUndefined();
  }
  // Studio Demo's own slug with Acme's ids: the id is looked up in Studio Demo only
  for (const [name, args] of [
    ['updateClientAction', [client.id, card]],
    ['setClientArchivedAction', [client.id, true]],
    ['resetClientPasswordAction', [client.id, 'email']],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/clients', 'lib/actions/admin-clients.ts', name, [
      'demo',
      ...args,
    ]);
    expect(response.text, name).not.toContain('"ok":true');
  }
  const view = await callServerAction(
    page,
    '/admin/demo/clients',
    'lib/actions/admin-view-as.ts',
    'viewAsClientAction',
    ['demo', client.id],
  );
  expect(view.headers['x-action-redirect']).toBeUndefined();

  // routes and pages: Acme's export and Acme's card are not there for this staff member
  const exported = await page.request.get('/api/admin/acme/clients/export');
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain(client.email ?? '@');
  expect((await page.goto(`/admin/acme/clients/${client.id}`))?.status()).toBe(404);
  expect((await page.goto(`/admin/demo/clients/${client.id}`))?.status()).toBe(404);
  expect((await page.goto(`/admin/demo/invoices/${invoice.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/admin/acme/invoices/${invoice.id}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/api/admin/demo/invoices/${invoice.id}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/api/admin/acme/documents/${document.id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/admin/demo/documents/${document.id}`)).status()).toBe(404);
  const origin = new URL(page.url()).origin;
  const logo = await page.request.post('/api/admin/acme/logo', {
    headers: { origin },
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') } },
  });
  expect(logo.status()).toBe(401);
  const pdf = { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  for (const slug of ['acme', 'demo']) {
    const upload = await page.request.post(`/api/admin/${slug}/clients/${client.id}/documents`, {
      headers: { origin },
      multipart: { file: pdf, share: '1' },
    });
    expect(upload.status(), slug).toBeGreaterThanOrEqual(400);
  }

  expect(await snapshot()).toBe(before);
  expect(await db.auditEvent.count({ where: { businessId: acme.id } })).toBe(auditsBefore);
  await db.$disconnect();
});

test('a role without the permission is refused on the server, not only hidden', async ({ page }) => {
  await staffSignIn(page, reception);
  for (const [file, name, args] of [
    ['admin-staff', 'inviteStaffAction', [{ email: 'someone@example.com', role: 'staff' }]],
    ['admin-custom-fields', 'saveFieldDefinitionAction', [null, field]],
    ['admin-import', 'runImportAction', ['$undefined']],
    [
      'admin-settings',
      'saveSettingsAction',
      ['cancellation', { allowCancellation: false, cancellationCutoffHours: 0 }],
    ],
    ['admin-settings', 'changePortalAddressAction', [{ slug: 'taken-over' }]],
    ['admin-invoices', 'saveInvoiceDraftAction', [null, invoiceForm('x')]],
    ['admin-invoices', 'recordPaymentAction', ['x', paymentForm]],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/clients', `lib/actions/${file}.ts`, name, [
      'demo',
      ...args,
    ]);
    expect(response.text, name).toContain('"forbidden"');
  }
  expect((await page.request.get('/api/admin/demo/clients/export')).status()).toBe(403);
  expect((await page.goto('/admin/demo/fields'))?.status()).toBe(403);
  expect((await page.goto('/admin/demo/staff'))?.status()).toBe(403);
});

test('an admin of Studio Demo naming Acme’s records with Studio Demo’s slug changes nothing', async ({ page }) => {
  const admin = { email: 'tenancy.admin@example.com', password: 'tenancy-admin-password-2026' };
  await ensureDemoStaff({ ...admin, role: 'admin' });
  const db = workerDb();
  const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  const client = await db.client.findFirstOrThrow({ where: { businessId: acme.id, isDemo: false } });
  const invoice = await db.invoice.findFirstOrThrow({ where: { businessId: acme.id, status: 'open' } });
  const snapshot = async () =>
    JSON.stringify([
      await db.invoice.findMany({ where: { businessId: acme.id }, include: { lines: true }, orderBy: { id: 'asc' } }),
      await db.payment.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.document.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.restrictedPage.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.pageAccess.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.service.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
      await db.appointment.findMany({ where: { businessId: acme.id }, orderBy: { id: 'asc' } }),
    ]);
  const before = await snapshot();
  const invoicesBefore = await db.invoice.count();
  const document = await db.document.findFirstOrThrow({ where: { businessId: acme.id, clientId: { not: null } } });
  await staffSignIn(page, admin);
  for (const [name, args] of [
    ['saveInvoiceDraftAction', [null, invoiceForm(client.id)]],
    ['saveInvoiceDraftAction', [invoice.id, invoiceForm(client.id)]],
    ['issueInvoiceAction', [invoice.id]],
    ['voidInvoiceAction', [invoice.id]],
    ['deleteInvoiceDraftAction', [invoice.id]],
    ['startCreditNoteAction', [invoice.id]],
    ['recordPaymentAction', [invoice.id, paymentForm]],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/invoices', 'lib/actions/admin-invoices.ts', name, [
      'demo',
      ...args,
    ]);
    expect(response.text, name).toContain('"ok":false');
  }
  const restricted = await db.restrictedPage.findFirstOrThrow({ where: { businessId: acme.id } });
  const access = await db.pageAccess.findFirstOrThrow({ where: { businessId: acme.id } });
  for (const [name, args] of [
    ['savePageAction', [restricted.id, pageForm]],
    ['grantPageAccessAction', [restricted.id, grantForm]],
    ['changePageAccessAction', [access.id, 'end']],
    ['removePageFileAction', [document.id]],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/pages', 'lib/actions/admin-pages.ts', name, [
      'demo',
      ...args,
    ]);
    expect(response.text, name).toContain('"ok":false');
  }
  const service = await db.service.findFirstOrThrow({ where: { businessId: acme.id } });
  const appointment = await db.appointment.findFirstOrThrow({ where: { businessId: acme.id, status: 'booked' } });
  const demoService = await db.service.findFirstOrThrow({ where: { business: { slug: 'demo' } } });
  const demoStaff = await db.staffMember.findFirstOrThrow({ where: { business: { slug: 'demo' } } });
  for (const [name, args] of [
    ['saveServiceAction', [service.id, serviceForm]],
    ['bookAppointmentAction', [null, bookingForm(client.id, demoService.id, demoStaff.id)]],
    ['bookAppointmentAction', [appointment.id, bookingForm(appointment.clientId, demoService.id, demoStaff.id)]],
    ['cancelAppointmentByStaffAction', [appointment.id, { reason: 'taken over' }]],
  ] as const) {
    const response = await callServerAction(page, '/admin/demo/schedule', 'lib/actions/admin-schedule.ts', name, [
      'demo',
      ...args,
    ]);
    expect(response.text, name).toContain('"ok":false');
  }
  const pageUpload = await page.request.post(`/api/admin/demo/pages/${restricted.id}/files`, {
    headers: { origin: new URL(page.url()).origin },
    multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } },
  });
  expect(pageUpload.status()).toBe(404);
  const share = await callServerAction(
    page,
    '/admin/demo/invoices',
    'lib/actions/admin-documents.ts',
    'setDocumentSharedAction',
    ['demo', document.id, false],
  );
  expect(share.text).toContain('"ok":false');
  const origin = new URL(page.url()).origin;
  const upload = await page.request.post(`/api/admin/demo/clients/${client.id}/documents`, {
    headers: { origin },
    multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } },
  });
  expect(upload.status()).toBe(404);
  expect((await page.request.get(`/api/admin/demo/documents/${document.id}`)).status()).toBe(404);
  expect(await snapshot()).toBe(before);
  expect(await db.invoice.count()).toBe(invoicesBefore);
  await db.$disconnect();
});
