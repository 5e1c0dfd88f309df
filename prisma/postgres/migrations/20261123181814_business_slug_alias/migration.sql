-- CreateTable
CREATE TABLE "BusinessSlugAlias" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BusinessSlugAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BusinessSlugAlias_slug_key" ON "BusinessSlugAlias"("slug");

-- CreateIndex
CREATE INDEX "BusinessSlugAlias_businessId_idx" ON "BusinessSlugAlias"("businessId");

-- AddForeignKey
ALTER TABLE "BusinessSlugAlias" ADD CONSTRAINT "BusinessSlugAlias_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;
