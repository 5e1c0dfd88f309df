import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ZPortalSlug } from './schemas';

/** The public face of a business for its portal, or null for an unknown or malformed slug. */
export const findPortalBusiness = cache(async (slug: string) => {
  const parsed = ZPortalSlug.safeParse(slug);
  if (!parsed.success) return null;
  return db.business.findUnique({
    where: { slug: parsed.data },
    select: {
      id: true,
      slug: true,
      name: true,
      accentColor: true,
      logoUrl: true,
      timezone: true,
      currency: true,
      sessionHours: true,
      country: true,
      defaultLocale: true,
      allowClientLogin: true,
      allowSelfSignUp: true,
      loginMethods: true,
      showLoginLink: true,
      allowCancellation: true,
      cancellationCutoffHours: true,
    },
  });
});

export type TPortalBusiness = NonNullable<Awaited<ReturnType<typeof findPortalBusiness>>>;
