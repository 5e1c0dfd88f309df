import 'server-only';
import { type TFailure, fail, invalidInput } from '@/lib/result';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { toOpeningHoursForm, toWeeklyHours } from '@/lib/business/opening-hours-form';
import { parseWeeklyHours } from '@/lib/business/weekly-hours';
import { isLocale } from '@/lib/i18n/locales';
import { friendlyFormatIBAN } from 'ibantools';
import { readBic, readIban } from '@/lib/business/bank-transfer';
import { formatBpForInput, parsePercent } from '@/lib/format/money';
import { parseLoginMethods } from './schemas';
import {
  ZBookingSettings,
  ZBrandingSettings,
  ZCancellationSettings,
  ZLegalSettings,
  ZMessagingSettings,
  ZRegionalSettings,
  ZSignInSettings,
  ZUploadSettings,
} from './settings-schemas';

const SELECT = {
  allowClientLogin: true,
  loginMethods: true,
  allowSelfSignUp: true,
  requireClient2fa: true,
  showLoginLink: true,
  sessionHours: true,
  allowCancellation: true,
  cancellationCutoffHours: true,
  cancellationReasonRequired: true,
  defaultLocale: true,
  timezone: true,
  currency: true,
  country: true,
  name: true,
  accentColor: true,
  logoUrl: true,
  legalName: true,
  legalAddress: true,
  taxNumber: true,
  defaultTaxRateBp: true,
  contactEmail: true,
  bankAccountHolder: true,
  bankIban: true,
  bankBic: true,
  bankAccountText: true,
  onlineBooking: true,
  registrationMessage: true,
  bookingNoticeHours: true,
  bookingHorizonDays: true,
  bookingStepMinutes: true,
  openingHours: true,
  uploadDailyFiles: true,
  uploadDailyMegabytes: true,
  uploadTotalMegabytes: true,
  clientMessaging: true,
} as const;

/** The business's settings, in the shape of the settings forms. */
export async function getBusinessSettings(businessId: string, locale = 'en') {
  const b = await db.business.findUniqueOrThrow({ where: { id: businessId }, select: SELECT });
  return {
    signIn: {
      allowClientLogin: b.allowClientLogin,
      loginMethods: parseLoginMethods(b.loginMethods),
      allowSelfSignUp: b.allowSelfSignUp,
      requireClient2fa: b.requireClient2fa,
      showLoginLink: b.showLoginLink,
      sessionHours: b.sessionHours,
    },
    cancellation: {
      allowCancellation: b.allowCancellation,
      cancellationCutoffHours: b.cancellationCutoffHours,
      cancellationReasonRequired: b.cancellationReasonRequired,
    },
    regional: {
      locale: isLocale(b.defaultLocale) ? b.defaultLocale : ('en' as const),
      timezone: b.timezone,
      currency: b.currency,
      country: b.country,
    },
    branding: { name: b.name, accentColor: b.accentColor },
    logoUrl: b.logoUrl,
    legal: {
      legalName: b.legalName ?? '',
      legalAddress: b.legalAddress ?? '',
      taxNumber: b.taxNumber ?? '',
      defaultTaxRate: formatBpForInput(b.defaultTaxRateBp, locale),
      contactEmail: b.contactEmail ?? '',
      bankAccountHolder: b.bankAccountHolder ?? '',
      bankIban: b.bankIban ? (friendlyFormatIBAN(b.bankIban) ?? b.bankIban) : '',
      bankBic: b.bankBic ?? '',
      bankAccountText: b.bankAccountText ?? '',
    },
    booking: {
      onlineBooking: b.onlineBooking,
      registrationMessage: b.registrationMessage,
      bookingNoticeHours: b.bookingNoticeHours,
      bookingHorizonDays: b.bookingHorizonDays,
      bookingStepMinutes: b.bookingStepMinutes,
      openingHours: toOpeningHoursForm(parseWeeklyHours(b.openingHours)),
    },
    messaging: { clientMessaging: ZMessagingSettings.shape.clientMessaging.catch('start').parse(b.clientMessaging) },
    uploads: {
      uploadDailyFiles: b.uploadDailyFiles,
      uploadDailyMegabytes: b.uploadDailyMegabytes,
      uploadTotalMegabytes: b.uploadTotalMegabytes,
    },
  };
}

const SECTIONS = {
  signIn: (values: unknown) => {
    const parsed = ZSignInSettings.safeParse(values);
    return parsed.success
      ? { ok: true as const, data: { ...parsed.data, loginMethods: parsed.data.loginMethods.join(',') } }
      : parsed;
  },
  messaging: (values: unknown) => {
    const parsed = ZMessagingSettings.safeParse(values);
    return parsed.success ? { ok: true as const, data: parsed.data } : parsed;
  },
  uploads: (values: unknown) => {
    const parsed = ZUploadSettings.safeParse(values);
    return parsed.success ? { ok: true as const, data: parsed.data } : parsed;
  },
  cancellation: (values: unknown) => {
    const parsed = ZCancellationSettings.safeParse(values);
    return parsed.success ? { ok: true as const, data: parsed.data } : parsed;
  },
  branding: (values: unknown) => {
    const parsed = ZBrandingSettings.safeParse(values);
    return parsed.success ? { ok: true as const, data: parsed.data } : parsed;
  },
  legal: (values: unknown) => {
    const parsed = ZLegalSettings.safeParse(values);
    if (!parsed.success) return parsed;
    const { defaultTaxRate, bankIban, bankBic, ...texts } = parsed.data;
    // an empty field is "not set", stored as null; an IBAN and a BIC in their stored form
    return {
      ok: true as const,
      data: {
        ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v || null])),
        bankIban: bankIban ? readIban(bankIban) : null,
        bankBic: bankBic ? readBic(bankBic) : null,
        defaultTaxRateBp: parsePercent(defaultTaxRate || '0') ?? 0,
      },
    };
  },
  booking: (values: unknown) => {
    const parsed = ZBookingSettings.safeParse(values);
    if (!parsed.success) return parsed;
    return {
      ok: true as const,
      data: { ...parsed.data, openingHours: JSON.stringify(toWeeklyHours(parsed.data.openingHours)) },
    };
  },
  regional: (values: unknown) => {
    const parsed = ZRegionalSettings.safeParse(values);
    if (!parsed.success) return parsed;
    const { locale, ...rest } = parsed.data;
    return { ok: true as const, data: { ...rest, defaultLocale: locale } };
  },
};
type TSettingsSection = keyof typeof SECTIONS;

/**
 * Saves one group of settings: checked whole (nothing changes when a field is wrong), then
 * written with its audit entry (what changed, before and after) in one transaction.
 */
export async function updateBusinessSettings({
  businessId,
  section,
  values,
  staffIdentityId,
}: {
  businessId: string;
  section: unknown;
  values: unknown;
  staffIdentityId: string;
}): Promise<{ ok: true } | TFailure> {
  if (typeof section !== 'string' || !(section in SECTIONS)) return fail('invalid');
  const parsed = SECTIONS[section as TSettingsSection](values);
  if (!('ok' in parsed)) return invalidInput(parsed.error);
  const data = parsed.data as Record<string, string | number | boolean | null>;
  await db.$transaction(async (tx) => {
    const before = (await tx.business.findUniqueOrThrow({
      where: { id: businessId },
      select: Object.fromEntries(Object.keys(data).map((k) => [k, true])),
    })) as Record<string, unknown>;
    const changed = Object.keys(data).filter((k) => before[k] !== data[k]);
    if (changed.length === 0) return;
    await tx.business.update({ where: { id: businessId }, data });
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: 'business.settings_changed',
        targetType: 'business',
        targetId: businessId,
        meta: {
          section,
          before: JSON.stringify(Object.fromEntries(changed.map((k) => [k, before[k]]))),
          after: JSON.stringify(Object.fromEntries(changed.map((k) => [k, data[k]]))),
        },
      },
      tx,
    );
  });
  return { ok: true };
}
