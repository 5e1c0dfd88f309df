-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'IT';
