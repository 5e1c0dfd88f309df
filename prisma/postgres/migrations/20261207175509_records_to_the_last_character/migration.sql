-- DropIndex
DROP INDEX "Invoice_businessId_status_dueAt_idx";

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "bankAccountHolder" TEXT,
ADD COLUMN     "bankAccountText" TEXT,
ADD COLUMN     "bankBic" TEXT,
ADD COLUMN     "bankIban" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "defaultTaxRateBp" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: a due date was stored as the end of its day in UTC, and that day is the calendar date
ALTER TABLE "Invoice" ADD COLUMN     "dueOn" TEXT;
UPDATE "Invoice" SET "dueOn" = to_char("dueAt", 'YYYY-MM-DD') WHERE "dueAt" IS NOT NULL;
ALTER TABLE "Invoice" DROP COLUMN "dueAt";

-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "fromName" TEXT,
ADD COLUMN     "replyTo" TEXT;

-- CreateIndex
CREATE INDEX "Invoice_businessId_status_dueOn_idx" ON "Invoice"("businessId", "status", "dueOn");

-- the contact address clients reply to starts as the owner's proven email
UPDATE "Business" SET "contactEmail" = (
  SELECT i."email" FROM "StaffMember" s JOIN "Identity" i ON i."id" = s."identityId"
  WHERE s."businessId" = "Business"."id" AND s."role" = 'owner' AND i."email" IS NOT NULL
  ORDER BY s."createdAt" LIMIT 1
);
