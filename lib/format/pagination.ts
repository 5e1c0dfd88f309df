import { z } from 'zod';

const PAGE_SIZE = 10;

/** A 1-based page number from the URL; anything odd becomes page 1. */
export const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1);

export const pageArgs = (page: number) => ({ take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
