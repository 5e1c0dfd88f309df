-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "allowSelfSignUp" BOOLEAN NOT NULL DEFAULT false;
