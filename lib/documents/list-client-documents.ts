import 'server-only';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from '../format/pagination';

const select = {
  id: true,
  title: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
  uploadedBy: true,
} as const;

/** One page of the documents shared with this client (and those they uploaded), newest first. */
const visibleTo = (businessId: string, clientId: string) => ({
  businessId,
  clientId,
  pageId: null,
  OR: [{ sharedWithClient: true }, { uploadedBy: 'client' }],
});
const newestFirst = [{ createdAt: 'desc' as const }, { id: 'asc' as const }];

export async function listDocuments({
  businessId,
  clientId,
  page,
}: {
  businessId: string;
  clientId: string;
  page: number;
}) {
  const where = visibleTo(businessId, clientId);
  const [items, total] = await Promise.all([
    db.document.findMany({ where, select, orderBy: newestFirst, ...pageArgs(page) }),
    db.document.count({ where }),
  ]);
  return { items, total, pages: pageCount(total) };
}

/** The newest few (the dashboard): one query, no count. */
export function latestDocuments({
  businessId,
  clientId,
  take,
}: {
  businessId: string;
  clientId: string;
  take: number;
}) {
  return db.document.findMany({ where: visibleTo(businessId, clientId), select, orderBy: newestFirst, take });
}

/** The document to stream to this client, or null (not theirs, not shared): the download route's check. */
export function findClientDocument({
  businessId,
  clientId,
  documentId,
}: {
  businessId: string;
  clientId: string;
  documentId: string;
}) {
  return db.document.findFirst({
    where: {
      id: documentId,
      businessId,
      clientId,
      pageId: null,
      OR: [{ sharedWithClient: true }, { uploadedBy: 'client' }],
    },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, storageKey: true },
  });
}
