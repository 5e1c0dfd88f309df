// POST /api/admin/[business]/logo - a new portal logo (multipart: file), owners and admins
import { fail, refusalResponse } from '@/lib/result';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { MAX_LOGO_BYTES, saveLogo } from '@/lib/branding/save-logo';
import { appUrl } from '@/lib/env';
import { readFormWithin } from '@/lib/security/read-form-within';

export async function POST(request: Request, { params }: RouteContext<'/api/admin/[business]/logo'>) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refusalResponse(fail('cross_origin'));
  const result = await withStaffAction((await params).business, 'settings.write', async ({ staff, business }) => {
    const read = await readFormWithin(request, MAX_LOGO_BYTES);
    if (!read.ok && read.error === 'too_large') return { ok: false as const, error: 'logoTooLarge' as const };
    const file = read.ok ? read.form.get('file') : null;
    if (!(file instanceof File)) return { ok: false as const, error: 'logoEmpty' as const };
    if (file.size > MAX_LOGO_BYTES) return { ok: false as const, error: 'logoTooLarge' as const };
    return saveLogo({
      businessId: business.id,
      bytes: new Uint8Array(await file.arrayBuffer()),
      staffIdentityId: staff.id,
    });
  });
  if (!result.ok) return refusalResponse(result, { logoTooLarge: 413, logoEmpty: 415, logoType: 415 });
  return Response.json({ logoUrl: result.logoUrl }, { status: 201 });
}
