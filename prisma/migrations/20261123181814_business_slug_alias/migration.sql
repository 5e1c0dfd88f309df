-- CreateTable
CREATE TABLE "BusinessSlugAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BusinessSlugAlias_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "BusinessSlugAlias_slug_key" ON "BusinessSlugAlias"("slug");

-- CreateIndex
CREATE INDEX "BusinessSlugAlias_businessId_idx" ON "BusinessSlugAlias"("businessId");
