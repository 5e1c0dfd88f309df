import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { currencyDigits } from '../format/money';

export type TBankDetails = {
  bankAccountHolder: string | null;
  bankIban: string | null;
  bankBic: string | null;
  bankAccountText: string | null;
};

/** An IBAN as typed ("it60 x054 …") in its stored form, or null when it is not a valid one. */
export function readIban(text: string) {
  const iban = electronicFormatIBAN(text.trim()) ?? '';
  return isValidIBAN(iban) ? iban : null;
}

/** A BIC as typed, upper case without spaces, or null when it is not a valid one. */
export function readBic(text: string) {
  const bic = text.replace(/\s+/g, '').toUpperCase();
  return isValidBIC(bic) ? bic : null;
}

/** How a client pays by transfer, as the invoice and the instructions print it; null when the business gave none. */
export function transferDetails(bank: TBankDetails, fallbackHolder: string) {
  if (bank.bankIban)
    return {
      holder: bank.bankAccountHolder || fallbackHolder,
      iban: friendlyFormatIBAN(bank.bankIban) ?? bank.bankIban,
      bic: bank.bankBic,
      account: null,
    };
  if (bank.bankAccountText)
    return { holder: bank.bankAccountHolder || fallbackHolder, iban: null, bic: null, account: bank.bankAccountText };
  return null;
}

/**
 * The SEPA credit transfer a banking app fills in from a QR code (EPC069-12 "GiroCode",
 * version 002, UTF-8): to whom, which IBAN, how many euros, with the reference as the
 * remittance text. Only for euros, an amount between 0.01 and 999 999 999.99 and a valid IBAN.
 */
export function epcPayload({
  holder,
  iban,
  bic,
  amountMinor,
  currency,
  reference,
}: {
  holder: string;
  iban: string;
  bic?: string | null;
  amountMinor: number;
  currency: string;
  reference: string;
}) {
  const account = electronicFormatIBAN(iban) ?? '';
  if (currency !== 'EUR' || !isValidIBAN(account)) return null;
  if (amountMinor < 1 || amountMinor > 99_999_999_999) return null;
  const amount = (amountMinor / 10 ** currencyDigits(currency)).toFixed(2);
  return [
    'BCD',
    '002',
    '1',
    'SCT',
    bic ?? '',
    holder.trim().slice(0, 70),
    account,
    `EUR${amount}`,
    '',
    '',
    reference.trim().slice(0, 140),
  ].join('\n');
}
