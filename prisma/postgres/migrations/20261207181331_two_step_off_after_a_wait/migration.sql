-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "totpOffAt" TIMESTAMP(3),
ADD COLUMN     "totpOffBusinessId" TEXT;
