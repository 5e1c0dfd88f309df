import 'server-only';
import { db } from '@/lib/db';
import { accessState } from './page-access';
import type { TClientAt } from '@/lib/business/client-scope';

/** The restricted pages this client is on the list of, with the state of their access (one query). */
export async function listClientPages({ businessId, clientId, now = new Date() }: TClientAt) {
  const accesses = await db.pageAccess.findMany({
    where: { businessId, clientId, page: { published: true } },
    select: { from: true, until: true, page: { select: { slug: true, title: true } } },
    orderBy: { page: { title: 'asc' } },
    take: 100,
  });
  return accesses.map((a) => ({
    slug: a.page.slug,
    title: a.page.title,
    from: a.from,
    until: a.until,
    state: accessState(a, now),
  }));
}

/**
 * A restricted page for this client. Content and files only while the access is
 * current; otherwise the state and dates (to explain); null when the client is not
 * on the list or the page does not exist (a 404 either way).
 */
export async function getClientPage({
  businessId,
  clientId,
  slug,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  slug: string;
  now?: Date;
}) {
  const page = await db.restrictedPage.findFirst({
    where: { businessId, slug, published: true },
    select: {
      id: true,
      title: true,
      body: true,
      accesses: { where: { clientId, businessId }, select: { from: true, until: true } },
    },
  });
  const access = page?.accesses[0];
  const state = accessState(access, now);
  if (!page || state === 'none') return null;
  if (state !== 'active') return { state, title: page.title, from: access!.from, until: access!.until };
  const files = await db.document.findMany({
    where: { businessId, pageId: page.id },
    select: { id: true, title: true, fileName: true, sizeBytes: true, createdAt: true, uploadedBy: true },
    orderBy: { createdAt: 'asc' },
  });
  return { state, title: page.title, body: page.body, from: access!.from, until: access!.until, files };
}

/** A file of a restricted page, for a client whose access is current at this instant; else null. */
export async function findPageFile({
  businessId,
  clientId,
  slug,
  fileId,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  slug: string;
  fileId: string;
  now?: Date;
}) {
  const file = await db.document.findFirst({
    where: { id: fileId, businessId, page: { slug, businessId, published: true } },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      storageKey: true,
      page: { select: { accesses: { where: { clientId, businessId }, select: { from: true, until: true } } } },
    },
  });
  if (!file || accessState(file.page?.accesses[0], now) !== 'active') return null;
  const { page: _page, ...rest } = file;
  return rest;
}
