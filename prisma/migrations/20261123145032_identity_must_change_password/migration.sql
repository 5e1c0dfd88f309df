-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Identity" ("createdAt", "email", "emailVerifiedAt", "failedLogins", "id", "lockedUntil", "name", "passwordChangedAt", "passwordHash", "phone", "phoneVerifiedAt", "preferredLocale", "sessionsValidAfter", "totpEnabledAt", "totpLastStep", "totpSecret", "updatedAt") SELECT "createdAt", "email", "emailVerifiedAt", "failedLogins", "id", "lockedUntil", "name", "passwordChangedAt", "passwordHash", "phone", "phoneVerifiedAt", "preferredLocale", "sessionsValidAfter", "totpEnabledAt", "totpLastStep", "totpSecret", "updatedAt" FROM "Identity";
DROP TABLE "Identity";
ALTER TABLE "new_Identity" RENAME TO "Identity";
CREATE UNIQUE INDEX "Identity_email_key" ON "Identity"("email");
CREATE UNIQUE INDEX "Identity_phone_key" ON "Identity"("phone");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
