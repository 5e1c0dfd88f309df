import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { ZSlug } from '@/lib/business/schemas';

/** A portal's business with its online booking rules, or null for an unknown slug. */
export const findBookingBusiness = cache(async (slug: unknown) => {
  const parsed = ZSlug.safeParse(slug);
  if (!parsed.success) return null;
  return db.business.findUnique({
    where: { slug: parsed.data },
    select: {
      id: true,
      slug: true,
      name: true,
      accentColor: true,
      timezone: true,
      country: true,
      currency: true,
      defaultLocale: true,
      sessionHours: true,
      onlineBooking: true,
      openingHours: true,
      bookingNoticeHours: true,
      bookingHorizonDays: true,
      bookingStepMinutes: true,
      registrationMessage: true,
    },
  });
});
