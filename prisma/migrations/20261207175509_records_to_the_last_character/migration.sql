-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN "fromName" TEXT;
ALTER TABLE "OutboundMessage" ADD COLUMN "replyTo" TEXT;

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
    "defaultTaxRateBp" INTEGER NOT NULL DEFAULT 0,
    "bankAccountHolder" TEXT,
    "bankIban" TEXT,
    "bankBic" TEXT,
    "bankAccountText" TEXT,
    "contactEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Business" ("accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes") SELECT "accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "country", "createdAt", "currency", "defaultLocale", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE TABLE "new_Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "number" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'invoice',
    "creditedInvoiceId" TEXT,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "issuedAt" DATETIME NOT NULL,
    "dueOn" TEXT,
    "subtotalMinor" INTEGER NOT NULL DEFAULT 0,
    "discountMinor" INTEGER NOT NULL DEFAULT 0,
    "taxMinor" INTEGER NOT NULL DEFAULT 0,
    "totalMinor" INTEGER NOT NULL DEFAULT 0,
    "paidMinor" INTEGER NOT NULL DEFAULT 0,
    "creditedMinor" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invoice_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invoice_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- a due date was stored as the end of its day in UTC: that day is the calendar date
INSERT INTO "new_Invoice" ("dueOn", "businessId", "clientId", "createdAt", "creditedInvoiceId", "creditedMinor", "currency", "discountMinor", "id", "issuedAt", "kind", "notes", "number", "paidMinor", "status", "subtotalMinor", "taxMinor", "totalMinor", "updatedAt") SELECT substr("dueAt", 1, 10), "businessId", "clientId", "createdAt", "creditedInvoiceId", "creditedMinor", "currency", "discountMinor", "id", "issuedAt", "kind", "notes", "number", "paidMinor", "status", "subtotalMinor", "taxMinor", "totalMinor", "updatedAt" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE INDEX "Invoice_businessId_clientId_issuedAt_idx" ON "Invoice"("businessId", "clientId", "issuedAt");
CREATE INDEX "Invoice_businessId_clientId_status_idx" ON "Invoice"("businessId", "clientId", "status");
CREATE INDEX "Invoice_businessId_status_dueOn_idx" ON "Invoice"("businessId", "status", "dueOn");
CREATE UNIQUE INDEX "Invoice_businessId_number_key" ON "Invoice"("businessId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- the contact address clients reply to starts as the owner's proven email
UPDATE "Business" SET "contactEmail" = (
  SELECT i."email" FROM "StaffMember" s JOIN "Identity" i ON i."id" = s."identityId"
  WHERE s."businessId" = "Business"."id" AND s."role" = 'owner' AND i."email" IS NOT NULL
  ORDER BY s."createdAt" LIMIT 1
);
