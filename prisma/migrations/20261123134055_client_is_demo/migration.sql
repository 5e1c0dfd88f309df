-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "identityId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "source" TEXT NOT NULL DEFAULT 'manual',
    "locale" TEXT,
    "notes" TEXT,
    "lastSignInAt" DATETIME,
    "welcomeSentAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Client_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Client_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "Identity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("businessId", "createdAt", "email", "firstName", "id", "identityId", "lastName", "lastSignInAt", "locale", "notes", "phone", "source", "status", "updatedAt", "welcomeSentAt") SELECT "businessId", "createdAt", "email", "firstName", "id", "identityId", "lastName", "lastSignInAt", "locale", "notes", "phone", "source", "status", "updatedAt", "welcomeSentAt" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_businessId_lastName_firstName_idx" ON "Client"("businessId", "lastName", "firstName");
CREATE INDEX "Client_businessId_createdAt_idx" ON "Client"("businessId", "createdAt");
CREATE INDEX "Client_identityId_idx" ON "Client"("identityId");
CREATE UNIQUE INDEX "Client_businessId_email_key" ON "Client"("businessId", "email");
CREATE UNIQUE INDEX "Client_businessId_phone_key" ON "Client"("businessId", "phone");
CREATE UNIQUE INDEX "Client_businessId_identityId_key" ON "Client"("businessId", "identityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
