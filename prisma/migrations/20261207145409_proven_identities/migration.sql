-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Business" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "accentColor" TEXT NOT NULL DEFAULT '#4f46e5',
    "logoUrl" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "country" TEXT NOT NULL DEFAULT 'IT',
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "allowClientLogin" BOOLEAN NOT NULL DEFAULT true,
    "loginMethods" TEXT NOT NULL DEFAULT 'email_code,sms_code,password',
    "requireClient2fa" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfSignUp" BOOLEAN NOT NULL DEFAULT false,
    "sessionHours" INTEGER NOT NULL DEFAULT 8,
    "allowCancellation" BOOLEAN NOT NULL DEFAULT true,
    "cancellationCutoffHours" INTEGER NOT NULL DEFAULT 24,
    "cancellationReasonRequired" BOOLEAN NOT NULL DEFAULT false,
    "showLoginLink" BOOLEAN NOT NULL DEFAULT true,
    "onlineBooking" BOOLEAN NOT NULL DEFAULT true,
    "openingHours" TEXT NOT NULL DEFAULT '{"1":[["09:00","18:00"]],"2":[["09:00","18:00"]],"3":[["09:00","18:00"]],"4":[["09:00","18:00"]],"5":[["09:00","18:00"]]}',
    "bookingNoticeHours" INTEGER NOT NULL DEFAULT 2,
    "bookingHorizonDays" INTEGER NOT NULL DEFAULT 60,
    "bookingStepMinutes" INTEGER NOT NULL DEFAULT 30,
    "registrationMessage" BOOLEAN NOT NULL DEFAULT true,
    "reminderHours" INTEGER NOT NULL DEFAULT 24,
    "uploadDailyFiles" INTEGER NOT NULL DEFAULT 20,
    "uploadDailyMegabytes" INTEGER NOT NULL DEFAULT 100,
    "uploadTotalMegabytes" INTEGER NOT NULL DEFAULT 500,
    "legalName" TEXT,
    "legalAddress" TEXT,
    "taxNumber" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Business" ("accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt") SELECT "accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE TABLE "new_Identity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT,
    "emailVerifiedAt" DATETIME,
    "phone" TEXT,
    "phoneVerifiedAt" DATETIME,
    "passwordHash" TEXT,
    "passwordChangedAt" DATETIME,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "totpSecret" TEXT,
    "totpEnabledAt" DATETIME,
    "totpLastStep" INTEGER,
    "preferredLocale" TEXT,
    "sessionsValidAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "secondFactorFailures" INTEGER NOT NULL DEFAULT 0,
    "secondFactorLockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Identity" ("createdAt", "email", "emailVerifiedAt", "failedLogins", "id", "lockedUntil", "mustChangePassword", "name", "passwordChangedAt", "passwordHash", "phone", "phoneVerifiedAt", "preferredLocale", "sessionsValidAfter", "totpEnabledAt", "totpLastStep", "totpSecret", "updatedAt") SELECT "createdAt", "email", "emailVerifiedAt", "failedLogins", "id", "lockedUntil", "mustChangePassword", "name", "passwordChangedAt", "passwordHash", "phone", "phoneVerifiedAt", "preferredLocale", "sessionsValidAfter", "totpEnabledAt", "totpLastStep", "totpSecret", "updatedAt" FROM "Identity";
DROP TABLE "Identity";
ALTER TABLE "new_Identity" RENAME TO "Identity";
CREATE UNIQUE INDEX "Identity_email_key" ON "Identity"("email");
CREATE UNIQUE INDEX "Identity_phone_key" ON "Identity"("phone");
CREATE TABLE "new_PasswordFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ip" TEXT NOT NULL,
    "step" TEXT NOT NULL DEFAULT 'password',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_PasswordFailure" ("createdAt", "id", "ip") SELECT "createdAt", "id", "ip" FROM "PasswordFailure";
DROP TABLE "PasswordFailure";
ALTER TABLE "new_PasswordFailure" RENAME TO "PasswordFailure";
CREATE INDEX "PasswordFailure_ip_step_createdAt_idx" ON "PasswordFailure"("ip", "step", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data (issue 24): an identity holds only contact points its owner proved.
-- Staff sign in with the email of their invite link, of the business sign-up code or of the
-- operator's setup: theirs counts as proven.
UPDATE "Identity" SET "emailVerifiedAt" = "createdAt"
  WHERE "email" IS NOT NULL AND "emailVerifiedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."identityId" = "Identity"."id");
-- What nobody proved goes back to the card it came from (the card keeps its own copy), and
-- every session of such an identity ends.
UPDATE "Identity" SET "sessionsValidAfter" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
  WHERE ("email" IS NOT NULL AND "emailVerifiedAt" IS NULL) OR ("phone" IS NOT NULL AND "phoneVerifiedAt" IS NULL);
UPDATE "Identity" SET "email" = NULL WHERE "email" IS NOT NULL AND "emailVerifiedAt" IS NULL;
UPDATE "Identity" SET "phone" = NULL WHERE "phone" IS NOT NULL AND "phoneVerifiedAt" IS NULL;
-- A card stays with an identity only through a contact that identity proved ...
UPDATE "Client" SET "identityId" = NULL
  WHERE "identityId" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "Identity" i WHERE i."id" = "Client"."identityId"
      AND (i."email" IS NOT NULL OR i."phone" IS NOT NULL)
      AND NOT ((i."email" IS NOT NULL AND i."email" = "Client"."email")
            OR (i."phone" IS NOT NULL AND i."phone" = "Client"."phone")));
-- ... and a login that proved nothing (made at a booking or by a staff reset) keeps its first card only.
UPDATE "Client" SET "identityId" = NULL
  WHERE "identityId" IS NOT NULL
    AND EXISTS (SELECT 1 FROM "Identity" i WHERE i."id" = "Client"."identityId" AND i."email" IS NULL AND i."phone" IS NULL)
    AND EXISTS (SELECT 1 FROM "Client" c2 WHERE c2."identityId" = "Client"."identityId"
      AND (c2."createdAt" < "Client"."createdAt" OR (c2."createdAt" = "Client"."createdAt" AND c2."id" < "Client"."id")));
-- A login left with no contact, no card, no staff role and no Google account opens nothing: gone.
DELETE FROM "Identity"
  WHERE "email" IS NULL AND "phone" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Client" c WHERE c."identityId" = "Identity"."id")
    AND NOT EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."identityId" = "Identity"."id")
    AND NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = "Identity"."id");
