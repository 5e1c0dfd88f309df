/** What an invoice prints of its seller: legal details, how to pay by transfer, its calendar. */
export const BUSINESS_ON_INVOICE = {
  legalName: true,
  legalAddress: true,
  taxNumber: true,
  timezone: true,
  bankAccountHolder: true,
  bankIban: true,
  bankBic: true,
  bankAccountText: true,
} as const;
