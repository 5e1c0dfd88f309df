import 'server-only';
import { deleteAuthCookie, readAuthCookie, setAuthCookie } from '@/lib/crypto/cookie-jar';
import { seal, unseal } from '@/lib/crypto/sealed';
import { db } from '@/lib/db';

// A pass for one restricted page, given by its one-time code (lib/pages/page-code.ts):
// a sealed (JWE with AUTH_SECRET), HttpOnly cookie naming the business, page and card.
// It opens nothing else, and every request still checks the access period and the card.

const SALT = 'portico.page-pass';
type TPagePass = { businessId: string; pageId: string; clientId: string };

const cookieBase = (pageId: string) => `portico-page-${pageId}`;

export async function givePagePass(pass: TPagePass, maxAgeSeconds: number) {
  const value = await seal({ ...pass, sub: pass.clientId }, SALT, maxAgeSeconds);
  await setAuthCookie(cookieBase(pass.pageId), value, { maxAge: maxAgeSeconds });
}

/** The active card this browser's pass for the page names, or null (no pass, tampered, expired, other business, card disabled). */
export async function pagePassClient(businessId: string, pageId: string): Promise<string | null> {
  const pass = await unseal<TPagePass>(await readAuthCookie(cookieBase(pageId)), SALT);
  if (!pass || pass.businessId !== businessId || pass.pageId !== pageId || typeof pass.clientId !== 'string')
    return null;
  const card = await db.client.findFirst({
    where: { id: pass.clientId, businessId, status: 'active' },
    select: { id: true },
  });
  return card?.id ?? null;
}

export const forgetPagePass = (pageId: string) => deleteAuthCookie(cookieBase(pageId));
