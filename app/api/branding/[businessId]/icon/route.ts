// GET /api/branding/[businessId]/icon - a portal's icon when the business has no logo: its
// initials on its accent colour (public: browsers ask for it on every portal page)
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { brandColors, initials } from '@/lib/format/contrast';
import { findBusinessBrand } from '@/lib/branding/find-business-brand';

const SIZE = 180; // the touch icon's size; browsers scale it down for the tab

export async function GET(_request: Request, { params }: RouteContext<'/api/branding/[businessId]/icon'>) {
  const brand = await findBusinessBrand((await params).businessId);
  if (!brand) return new Response('Not found', { status: 404 });
  const { accent, onAccent } = brandColors(brand.accentColor);
  const image = new ImageResponse(
    createElement(
      'div',
      {
        style: {
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: accent,
          color: onAccent,
          fontSize: 84,
          fontWeight: 700,
          borderRadius: 36,
        },
      },
      initials(brand.name) || '·',
    ),
    { width: SIZE, height: SIZE },
  );
  image.headers.set('Cache-Control', 'public, max-age=3600');
  return image;
}
