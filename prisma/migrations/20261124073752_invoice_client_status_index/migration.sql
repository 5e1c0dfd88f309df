-- CreateIndex
CREATE INDEX "Invoice_businessId_clientId_status_idx" ON "Invoice"("businessId", "clientId", "status");
