-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "bookingHorizonDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "bookingNoticeHours" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "bookingStepMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "onlineBooking" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "openingHours" TEXT NOT NULL DEFAULT '{"1":[["09:00","18:00"]],"2":[["09:00","18:00"]],"3":[["09:00","18:00"]],"4":[["09:00","18:00"]],"5":[["09:00","18:00"]]}',
ADD COLUMN     "registrationMessage" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "passwordUnproven" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "workingHours" TEXT;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "bufferMinutes" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "TimeOff" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "staffMemberId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimeOff_businessId_startsAt_idx" ON "TimeOff"("businessId", "startsAt");

-- CreateIndex
CREATE INDEX "ContactMessage_businessId_createdAt_idx" ON "ContactMessage"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactMessage_clientId_createdAt_idx" ON "ContactMessage"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_ip_createdAt_idx" ON "AuditEvent"("ip", "createdAt");

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMessage" ADD CONSTRAINT "ContactMessage_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMessage" ADD CONSTRAINT "ContactMessage_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
