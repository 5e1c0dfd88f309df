-- DropIndex
DROP INDEX "PasswordFailure_ip_createdAt_idx";

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "uploadDailyFiles" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "uploadDailyMegabytes" INTEGER NOT NULL DEFAULT 100,
ADD COLUMN     "uploadTotalMegabytes" INTEGER NOT NULL DEFAULT 500;

-- AlterTable
ALTER TABLE "Identity" DROP COLUMN "passwordUnproven",
ADD COLUMN     "secondFactorFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "secondFactorLockedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PasswordFailure" ADD COLUMN     "step" TEXT NOT NULL DEFAULT 'password';

-- CreateIndex
CREATE INDEX "PasswordFailure_ip_step_createdAt_idx" ON "PasswordFailure"("ip", "step", "createdAt");

-- Data (issue 24): an identity holds only contact points its owner proved.
-- Staff sign in with the email of their invite link, of the business sign-up code or of the
-- operator's setup: theirs counts as proven.
UPDATE "Identity" SET "emailVerifiedAt" = "createdAt"
  WHERE "email" IS NOT NULL AND "emailVerifiedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."identityId" = "Identity"."id");
-- What nobody proved goes back to the card it came from (the card keeps its own copy), and
-- every session of such an identity ends.
UPDATE "Identity" SET "sessionsValidAfter" = CURRENT_TIMESTAMP
  WHERE ("email" IS NOT NULL AND "emailVerifiedAt" IS NULL) OR ("phone" IS NOT NULL AND "phoneVerifiedAt" IS NULL);
UPDATE "Identity" SET "email" = NULL WHERE "email" IS NOT NULL AND "emailVerifiedAt" IS NULL;
UPDATE "Identity" SET "phone" = NULL WHERE "phone" IS NOT NULL AND "phoneVerifiedAt" IS NULL;
-- A card stays with an identity only through a contact that identity proved ...
UPDATE "Client" SET "identityId" = NULL
  WHERE "identityId" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "Identity" i WHERE i."id" = "Client"."identityId"
      AND (i."email" IS NOT NULL OR i."phone" IS NOT NULL)
      AND NOT ((i."email" IS NOT NULL AND i."email" = "Client"."email")
            OR (i."phone" IS NOT NULL AND i."phone" = "Client"."phone")));
-- ... and a login that proved nothing (made at a booking or by a staff reset) keeps its first card only.
UPDATE "Client" SET "identityId" = NULL
  WHERE "identityId" IS NOT NULL
    AND EXISTS (SELECT 1 FROM "Identity" i WHERE i."id" = "Client"."identityId" AND i."email" IS NULL AND i."phone" IS NULL)
    AND EXISTS (SELECT 1 FROM "Client" c2 WHERE c2."identityId" = "Client"."identityId"
      AND (c2."createdAt" < "Client"."createdAt" OR (c2."createdAt" = "Client"."createdAt" AND c2."id" < "Client"."id")));
-- A login left with no contact, no card, no staff role and no Google account opens nothing: gone.
DELETE FROM "Identity"
  WHERE "email" IS NULL AND "phone" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Client" c WHERE c."identityId" = "Identity"."id")
    AND NOT EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."identityId" = "Identity"."id")
    AND NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = "Identity"."id");
