-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
