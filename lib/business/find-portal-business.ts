import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ZSlug } from './schemas';

/**
 * The business of a portal slug — its public face and its client sign-in rules — or
 * null for an unknown or malformed slug. The one lookup of a business by its slug.
 */
export const findPortalBusiness = cache(async (slug: unknown) => {
  const parsed = ZSlug.safeParse(slug);
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
      showLoginLink: true,
      onlineBooking: true,
      allowSelfSignUp: true,
      requireClient2fa: true,
      loginMethods: true,
      allowCancellation: true,
      cancellationCutoffHours: true,
      cancellationReasonRequired: true,
      legalAddress: true,
      // online booking's rules (the booking page and its action)
      openingHours: true,
      bookingNoticeHours: true,
      bookingHorizonDays: true,
      bookingStepMinutes: true,
      registrationMessage: true,
      clientMessaging: true,
    },
  });
});

export type TPortalBusiness = NonNullable<Awaited<ReturnType<typeof findPortalBusiness>>>;
