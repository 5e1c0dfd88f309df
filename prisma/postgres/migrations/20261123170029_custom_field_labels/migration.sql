-- AlterTable
ALTER TABLE "CustomFieldDefinition" ADD COLUMN     "labels" TEXT NOT NULL DEFAULT '{}';
