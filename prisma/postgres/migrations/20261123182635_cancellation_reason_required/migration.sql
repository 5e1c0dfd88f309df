-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "cancellationReasonRequired" BOOLEAN NOT NULL DEFAULT false;
