// GET /api/branding/[businessId]/logo - a business's logo (public: it is on its portal's sign-in page)
import { readLogo } from '@/lib/branding/save-logo';

export async function GET(_request: Request, { params }: RouteContext<'/api/branding/[businessId]/logo'>) {
  const body = await readLogo((await params).businessId);
  if (!body) return new Response('Not found', { status: 404 });
  return new Response(body, {
    headers: {
      'Content-Type': 'image/png',
      // the URL carries a version: a new logo is a new URL
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
