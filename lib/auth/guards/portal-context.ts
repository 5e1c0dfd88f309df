import 'server-only';
import { notFound } from 'next/navigation';
import { requireClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';

/** Every signed-in portal page starts here: the business from the URL (else 404), its signed-in client (else sign-in). */
export async function portalContext(params: Promise<{ portal: string }>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const client = await requireClient(business);
  return { business, client };
}
