-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN "reminderSentAt" DATETIME;

-- AlterTable
ALTER TABLE "PageAccess" ADD COLUMN "endingNoticeSentAt" DATETIME;

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
    "legalName" TEXT,
    "legalAddress" TEXT,
    "taxNumber" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Business" ("accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt") SELECT "accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE TABLE "new_OutboundMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "providerId" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "OutboundMessage_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OutboundMessage" ("businessId", "channel", "createdAt", "error", "html", "id", "kind", "locale", "providerId", "sentAt", "status", "subject", "text", "to") SELECT "businessId", "channel", "createdAt", "error", "html", "id", "kind", "locale", "providerId", "sentAt", "status", "subject", "text", "to" FROM "OutboundMessage";
DROP TABLE "OutboundMessage";
ALTER TABLE "new_OutboundMessage" RENAME TO "OutboundMessage";
CREATE INDEX "OutboundMessage_to_createdAt_idx" ON "OutboundMessage"("to", "createdAt");
CREATE INDEX "OutboundMessage_businessId_createdAt_idx" ON "OutboundMessage"("businessId", "createdAt");
CREATE INDEX "OutboundMessage_status_nextAttemptAt_idx" ON "OutboundMessage"("status", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
