/** One client of one business, as of a moment (now, unless a test or a job says otherwise). */
export type TClientAt = { businessId: string; clientId: string; now?: Date };
