import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A stored phone number (E.164, "+393475551234") as a reader expects it: the national
 * form for a number of the business's own country ("347 555 1234"), the international
 * form otherwise ("+33 6 12 34 56 78"). Anything unreadable is shown as stored.
 */
export function formatPhone(e164: string, country: string) {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone?.isValid()) return e164;
  return phone.country === country ? phone.formatNational() : phone.formatInternational();
}

/** International form with spaces ("+39 347 555 1234"): what a file gives another program, kept as text by spreadsheets. */
export function internationalPhone(e164: string) {
  const phone = parsePhoneNumberFromString(e164);
  return phone?.isValid() ? phone.formatInternational() : e164;
}
