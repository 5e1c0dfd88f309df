// GET /api/admin/[business]/clients/export - the filtered client list as CSV (owners and admins)
import { create as contentDisposition } from 'content-disposition';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { exportClients } from '@/lib/clients/export-clients';
import { CLIENT_SOURCES, ZClientListQuery } from '@/lib/clients/schemas';
import { isLocale } from '@/lib/i18n/locales';

export async function GET(request: Request, { params }: RouteContext<'/api/admin/[business]/clients/export'>) {
  const query = ZClientListQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = await withStaffAction((await params).business, 'clients.export', async ({ staff, business }) => {
    const [locale, t] = await Promise.all([getMessageLocale(), getTranslations('admin.clients')]);
    const { csv, count } = await exportClients(business, query, {
      locale: isLocale(locale) ? locale : 'en',
      headers: (['firstName', 'lastName', 'email', 'phone', 'source', 'status', 'lastSignIn', 'since'] as const).map(
        (k) => t(`export.${k}`),
      ),
      sources: Object.fromEntries(CLIENT_SOURCES.map((s) => [s, t(`sources.${s}`)])),
      statuses: { active: t('export.statusActive'), archived: t('export.statusArchived') },
    });
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staff.id,
      action: 'client.list_exported',
      meta: { count, q: query.q || null, status: query.status, source: query.source ?? null },
    });
    return { csv, fileName: `clients-${business.slug}-${new Date().toISOString().slice(0, 10)}.csv` };
  });
  // another business (or no session) is a 404, a role without the permission a 403
  if ('error' in result) return new Response(null, { status: result.error === 'forbidden' ? 403 : 404 });
  return new Response(result.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(result.fileName),
      'Cache-Control': 'private, no-store',
    },
  });
}
