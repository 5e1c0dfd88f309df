// GET /api/branding/[businessId]/icon - a portal's icon (tab, home screen, installed app): its logo
// on white, else its initials on its accent colour. ?size=192|512 for the web app manifest (180 by
// default, the touch icon), &purpose=maskable for Android's shaped icons. Public: browsers ask for it
// on every portal page.
import { findBusinessBrand } from '@/lib/branding/find-business-brand';
import { APP_ICON_SIZES, renderAppIcon, type TAppIconSize } from '@/lib/branding/render-app-icon';
import { readLogo } from '@/lib/branding/save-logo';

export async function GET(request: Request, { params }: RouteContext<'/api/branding/[businessId]/icon'>) {
  const { businessId } = await params;
  const query = new URL(request.url).searchParams;
  const size = Number(query.get('size') ?? 180);
  const brand = await findBusinessBrand(businessId);
  if (!brand || !(APP_ICON_SIZES as readonly number[]).includes(size))
    return new Response('Not found', { status: 404 });
  const stream = brand.logoUrl ? await readLogo(businessId) : null;
  const image = renderAppIcon({
    brand,
    logo: stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null,
    size: size as TAppIconSize,
    maskable: query.get('purpose') === 'maskable',
  });
  image.headers.set('Cache-Control', 'public, max-age=3600');
  return image;
}
