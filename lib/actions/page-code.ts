'use server';
import { after } from 'next/server';
import { runOffRequest } from '@/lib/jobs/off-request';
import { revalidatePath } from 'next/cache';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { ZSlug } from '@/lib/business/schemas';
import { requestIp } from '@/lib/request-ip';
import { findRestrictedPage, requestPageCode, verifyPageCode } from '@/lib/pages/page-code';
import { forgetPagePass, givePagePass } from '@/lib/pages/page-pass';
import { ZPageCode, ZPageCodeRequest, type TPageCode, type TPageCodeRequest } from '@/lib/pages/page-code-schema';
import { fail } from '@/lib/result';

async function target(portal: unknown, slug: unknown) {
  const business = await findPortalBusiness(portal);
  const parsedSlug = ZSlug.safeParse(slug);
  const page = business && parsedSlug.success ? await findRestrictedPage(business.id, parsedSlug.data) : null;
  return business && page ? { business, page } : null;
}

/** Public by design (a visitor): the same answer whether or not the email is on the page's list. */
export async function requestPageCodeAction(portal: string, slug: string, values: TPageCodeRequest) {
  const found = await target(portal, slug);
  const parsed = ZPageCodeRequest.safeParse(values);
  if (!found) return { outcome: 'unavailable' as const };
  if (!parsed.success) return { outcome: 'invalid_email' as const };
  const result = await requestPageCode({
    business: found.business,
    page: found.page,
    input: parsed.data.email,
    ip: await requestIp(),
  });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(() => runOffRequest(result.deliver)); // off the request path: timing tells nothing
  return { outcome: 'sent' as const, masked: result.masked };
}

/** The code opens this page only, for the business's session length; the page re-checks the access period on every request. */
export async function verifyPageCodeAction(portal: string, slug: string, email: string, values: TPageCode) {
  const found = await target(portal, slug);
  const parsed = ZPageCode.safeParse(values);
  if (!found || !parsed.success || typeof email !== 'string') return fail('invalid' as const);
  const result = await verifyPageCode({
    business: found.business,
    page: found.page,
    input: email,
    code: parsed.data.code,
  });
  if (!result.ok) return fail(result.error);
  await givePagePass(
    { businessId: found.business.id, pageId: found.page.id, clientId: result.clientId },
    found.business.sessionHours * 3600,
  );
  revalidatePath(`/p/${found.business.slug}/pages/${found.page.slug}`);
  return { ok: true as const };
}

/** "Close this page on this device": forgets the pass. */
export async function forgetPagePassAction(portal: string, slug: string) {
  const found = await target(portal, slug);
  if (!found) return fail('invalid' as const);
  await forgetPagePass(found.page.id);
  revalidatePath(`/p/${found.business.slug}/pages/${found.page.slug}`);
  return { ok: true as const };
}
