-- CreateTable
CREATE TABLE "Passkey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identityId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "counter" INTEGER NOT NULL DEFAULT 0,
    "transports" TEXT NOT NULL DEFAULT '',
    "deviceType" TEXT NOT NULL,
    "backedUp" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "lastUsedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Passkey_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "Identity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PasskeyChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "challengeHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "identityId" TEXT,
    "ip" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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
    "loginMethods" TEXT NOT NULL DEFAULT 'email_code,sms_code,password,passkey',
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
INSERT INTO "new_Business" ("accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bankAccountHolder", "bankAccountText", "bankBic", "bankIban", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "contactEmail", "country", "createdAt", "currency", "defaultLocale", "defaultTaxRateBp", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes") SELECT "accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bankAccountHolder", "bankAccountText", "bankBic", "bankIban", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "contactEmail", "country", "createdAt", "currency", "defaultLocale", "defaultTaxRateBp", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Passkey_credentialId_key" ON "Passkey"("credentialId");

-- CreateIndex
CREATE INDEX "Passkey_identityId_idx" ON "Passkey"("identityId");

-- CreateIndex
CREATE UNIQUE INDEX "PasskeyChallenge_challengeHash_key" ON "PasskeyChallenge"("challengeHash");

-- CreateIndex
CREATE INDEX "PasskeyChallenge_ip_createdAt_idx" ON "PasskeyChallenge"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "PasskeyChallenge_expiresAt_idx" ON "PasskeyChallenge"("expiresAt");

-- Passkeys are a client sign-in method like the others: on for every business, which may turn them off
UPDATE "Business" SET "loginMethods" = "loginMethods" || ',passkey' WHERE "loginMethods" <> '' AND "loginMethods" NOT LIKE '%passkey%';
