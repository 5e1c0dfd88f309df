import 'server-only';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from './pagination';

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
export async function listDocuments({
  businessId,
  clientId,
  page,
  take,
}: {
  businessId: string;
  clientId: string;
  page: number;
  take?: number;
}) {
  const where = { businessId, clientId, pageId: null, OR: [{ sharedWithClient: true }, { uploadedBy: 'client' }] };
  const [items, total] = await Promise.all([
    db.document.findMany({
      where,
      select,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...(take ? { take } : pageArgs(page)),
    }),
    db.document.count({ where }),
  ]);
  return { items, total, pages: pageCount(total) };
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
