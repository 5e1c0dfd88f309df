/** One client of one business, as of a moment (now, unless a test or a job says otherwise). */
export type TClientAt = { businessId: string; clientId: string; now?: Date };

/** What a client is known by on every list and card: the name and the contact points. */
export const CLIENT_CONTACT_SELECT = { id: true, firstName: true, lastName: true, email: true, phone: true } as const;
