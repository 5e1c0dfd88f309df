-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "assignedToId" TEXT,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientReadAt" DATETIME,
    "staffReadAt" DATETIME,
    "clientUnread" INTEGER NOT NULL DEFAULT 0,
    "staffUnread" INTEGER NOT NULL DEFAULT 0,
    "staffAlertedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Conversation_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "staffIdentityId" TEXT,
    "body" TEXT NOT NULL,
    "documentId" TEXT,
    "aboutType" TEXT,
    "aboutId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversationMessage_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationMessage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CannedReply_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Business" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "accentColor" TEXT NOT NULL DEFAULT '#4f46e5',
    "logoUrl" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "country" TEXT NOT NULL DEFAULT 'IT',
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "allowClientLogin" BOOLEAN NOT NULL DEFAULT true,
    "loginMethods" TEXT NOT NULL DEFAULT 'email_code,sms_code,password,passkey',
    "requireClient2fa" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfSignUp" BOOLEAN NOT NULL DEFAULT false,
    "sessionHours" INTEGER NOT NULL DEFAULT 8,
    "allowCancellation" BOOLEAN NOT NULL DEFAULT true,
    "cancellationCutoffHours" INTEGER NOT NULL DEFAULT 24,
    "cancellationReasonRequired" BOOLEAN NOT NULL DEFAULT false,
    "showLoginLink" BOOLEAN NOT NULL DEFAULT true,
    "clientMessaging" TEXT NOT NULL DEFAULT 'start',
    "onlineBooking" BOOLEAN NOT NULL DEFAULT true,
    "openingHours" TEXT NOT NULL DEFAULT '{"1":[["09:00","18:00"]],"2":[["09:00","18:00"]],"3":[["09:00","18:00"]],"4":[["09:00","18:00"]],"5":[["09:00","18:00"]]}',
    "bookingNoticeHours" INTEGER NOT NULL DEFAULT 2,
    "bookingHorizonDays" INTEGER NOT NULL DEFAULT 60,
    "bookingStepMinutes" INTEGER NOT NULL DEFAULT 30,
    "registrationMessage" BOOLEAN NOT NULL DEFAULT true,
    "reminderHours" INTEGER NOT NULL DEFAULT 24,
    "uploadDailyFiles" INTEGER NOT NULL DEFAULT 20,
    "uploadDailyMegabytes" INTEGER NOT NULL DEFAULT 100,
    "uploadTotalMegabytes" INTEGER NOT NULL DEFAULT 500,
    "legalName" TEXT,
    "legalAddress" TEXT,
    "taxNumber" TEXT,
    "defaultTaxRateBp" INTEGER NOT NULL DEFAULT 0,
    "bankAccountHolder" TEXT,
    "bankIban" TEXT,
    "bankBic" TEXT,
    "bankAccountText" TEXT,
    "contactEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Business" ("accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bankAccountHolder", "bankAccountText", "bankBic", "bankIban", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "contactEmail", "country", "createdAt", "currency", "defaultLocale", "defaultTaxRateBp", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes") SELECT "accentColor", "allowCancellation", "allowClientLogin", "allowSelfSignUp", "bankAccountHolder", "bankAccountText", "bankBic", "bankIban", "bookingHorizonDays", "bookingNoticeHours", "bookingStepMinutes", "cancellationCutoffHours", "cancellationReasonRequired", "contactEmail", "country", "createdAt", "currency", "defaultLocale", "defaultTaxRateBp", "id", "legalAddress", "legalName", "loginMethods", "logoUrl", "name", "onlineBooking", "openingHours", "registrationMessage", "reminderHours", "requireClient2fa", "sessionHours", "showLoginLink", "slug", "taxNumber", "timezone", "updatedAt", "uploadDailyFiles", "uploadDailyMegabytes", "uploadTotalMegabytes" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE TABLE "new_PushSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "kinds" TEXT NOT NULL DEFAULT 'appointment_reminder,invoice,document,message',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSentAt" DATETIME,
    CONSTRAINT "PushSubscription_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PushSubscription_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PushSubscription" ("auth", "businessId", "clientId", "createdAt", "endpoint", "id", "kinds", "lastSentAt", "p256dh") SELECT "auth", "businessId", "clientId", "createdAt", "endpoint", "id", "kinds", "lastSentAt", "p256dh" FROM "PushSubscription";
DROP TABLE "PushSubscription";
ALTER TABLE "new_PushSubscription" RENAME TO "PushSubscription";
CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");
CREATE INDEX "PushSubscription_businessId_clientId_idx" ON "PushSubscription"("businessId", "clientId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_clientId_key" ON "Conversation"("clientId");

-- CreateIndex
CREATE INDEX "Conversation_businessId_lastMessageAt_idx" ON "Conversation"("businessId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_businessId_staffUnread_idx" ON "Conversation"("businessId", "staffUnread");

-- CreateIndex
CREATE INDEX "ConversationMessage_conversationId_createdAt_idx" ON "ConversationMessage"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationMessage_businessId_author_createdAt_idx" ON "ConversationMessage"("businessId", "author", "createdAt");

-- CreateIndex
CREATE INDEX "CannedReply_businessId_locale_idx" ON "CannedReply"("businessId", "locale");
