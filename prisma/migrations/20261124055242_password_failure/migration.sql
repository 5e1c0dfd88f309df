-- CreateTable
CREATE TABLE "PasswordFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ip" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "PasswordFailure_ip_createdAt_idx" ON "PasswordFailure"("ip", "createdAt");
