-- AlterTable
ALTER TABLE "Identity" ADD COLUMN "totpOffAt" DATETIME;
ALTER TABLE "Identity" ADD COLUMN "totpOffBusinessId" TEXT;
