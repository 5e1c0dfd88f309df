// GET /p/<portal>/manifest.webmanifest - the portal as an installable app (public, like its home page)
import { getLocale, getTranslations } from 'next-intl/server';
import { webAppManifest } from '@/lib/branding/web-app-manifest';
import { findPortalBusiness } from '@/lib/business/find-portal-business';

export async function GET(_request: Request, { params }: RouteContext<'/p/[portal]/manifest.webmanifest'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) return new Response('Not found', { status: 404 });
  const [lang, t] = await Promise.all([getLocale(), getTranslations('portal.app')]);
  return new Response(
    JSON.stringify(webAppManifest({ business, lang, description: t('description', { business: business.name }) })),
    {
      headers: {
        'Content-Type': 'application/manifest+json; charset=utf-8',
        // in the reader's language: a cache must keep one per language
        'Cache-Control': 'private, max-age=3600',
        Vary: 'Accept-Language, Cookie',
      },
    },
  );
}
