-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CustomFieldDefinition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '{}',
    "type" TEXT NOT NULL DEFAULT 'text',
    "options" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "editableByClient" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CustomFieldDefinition_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CustomFieldDefinition" ("businessId", "createdAt", "editableByClient", "id", "key", "label", "options", "position", "required", "type") SELECT "businessId", "createdAt", "editableByClient", "id", "key", "label", "options", "position", "required", "type" FROM "CustomFieldDefinition";
DROP TABLE "CustomFieldDefinition";
ALTER TABLE "new_CustomFieldDefinition" RENAME TO "CustomFieldDefinition";
CREATE UNIQUE INDEX "CustomFieldDefinition_businessId_key_key" ON "CustomFieldDefinition"("businessId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
