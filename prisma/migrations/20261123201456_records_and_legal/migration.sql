-- AlterTable
ALTER TABLE "Business" ADD COLUMN "legalAddress" TEXT;
ALTER TABLE "Business" ADD COLUMN "legalName" TEXT;
ALTER TABLE "Business" ADD COLUMN "taxNumber" TEXT;

-- AlterTable
ALTER TABLE "Client" ADD COLUMN "billingAddress" TEXT;
ALTER TABLE "Client" ADD COLUMN "taxNumber" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "seenByStaffAt" DATETIME;

-- CreateTable
CREATE TABLE "InvoiceSequence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'invoice',
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "InvoiceSequence_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceStaff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    CONSTRAINT "ServiceStaff_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceStaff_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceStaff_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Service" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "names" TEXT NOT NULL DEFAULT '{}',
    "durationMinutes" INTEGER NOT NULL,
    "priceMinor" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Service_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("active", "businessId", "createdAt", "durationMinutes", "id", "name", "priceMinor") SELECT "active", "businessId", "createdAt", "durationMinutes", "id", "name", "priceMinor" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE INDEX "Service_businessId_idx" ON "Service"("businessId");
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
    "dueAt" DATETIME,
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
INSERT INTO "new_Invoice" ("businessId", "clientId", "createdAt", "currency", "dueAt", "id", "issuedAt", "notes", "number", "paidMinor", "status", "subtotalMinor", "taxMinor", "totalMinor", "updatedAt") SELECT "businessId", "clientId", "createdAt", "currency", "dueAt", "id", "issuedAt", "notes", "number", "paidMinor", "status", "subtotalMinor", "taxMinor", "totalMinor", "updatedAt" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE INDEX "Invoice_businessId_clientId_issuedAt_idx" ON "Invoice"("businessId", "clientId", "issuedAt");
CREATE INDEX "Invoice_businessId_status_dueAt_idx" ON "Invoice"("businessId", "status", "dueAt");
CREATE UNIQUE INDEX "Invoice_businessId_number_key" ON "Invoice"("businessId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceSequence_businessId_kind_year_key" ON "InvoiceSequence"("businessId", "kind", "year");

-- CreateIndex
CREATE INDEX "ServiceStaff_businessId_idx" ON "ServiceStaff"("businessId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStaff_serviceId_staffMemberId_key" ON "ServiceStaff"("serviceId", "staffMemberId");
