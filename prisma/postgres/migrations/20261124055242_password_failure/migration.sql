-- CreateTable
CREATE TABLE "PasswordFailure" (
    "id" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PasswordFailure_ip_createdAt_idx" ON "PasswordFailure"("ip", "createdAt");
