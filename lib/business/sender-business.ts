/** What a message sent in a business's name needs of it: its portal, name, colour, clock and languages. */
export type TSenderBusiness = {
  id: string;
  slug: string;
  name: string;
  accentColor: string;
  timezone: string;
  defaultLocale: string;
  country?: string;
};

/** The select that reads a `TSenderBusiness`. */
export const SENDER_BUSINESS_SELECT = {
  id: true,
  slug: true,
  name: true,
  accentColor: true,
  timezone: true,
  defaultLocale: true,
  country: true,
} as const;
