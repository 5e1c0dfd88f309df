/**
 * A timezone as people say it, in the reader's language: "Central European Time",
 * "Ora dell’Europa centrale", "United Kingdom Time" (CLDR's generic names), never "Europe/Rome".
 */
export function timeZoneLabel(locale: string, timeZone: string) {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName')?.value;
  return part ?? timeZone.split('/').at(-1)!.replaceAll('_', ' ');
}
