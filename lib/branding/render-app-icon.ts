import 'server-only';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { brandColors, initials } from '@/lib/format/contrast';

/** the sizes browsers ask a web app manifest for; 180 is the Apple touch icon */
export const APP_ICON_SIZES = [180, 192, 512] as const;
export type TAppIconSize = (typeof APP_ICON_SIZES)[number];

/**
 * A business's app icon as a PNG: its logo on white, else its initials on its colour. A maskable
 * icon (Android crops it to a circle or a squircle) keeps everything inside the middle 80 %; the
 * others are a rounded square.
 */
export function renderAppIcon({
  brand,
  logo,
  size,
  maskable,
}: {
  brand: { name: string; accentColor: string };
  logo: Uint8Array | null;
  size: TAppIconSize;
  maskable: boolean;
}) {
  const { accent, onAccent } = brandColors(brand.accentColor);
  const inner = maskable ? size * 0.6 : size * 0.8;
  const content = logo
    ? createElement('img', {
        src: `data:image/png;base64,${Buffer.from(logo).toString('base64')}`,
        width: inner,
        height: inner,
        style: { objectFit: 'contain' },
      })
    : initials(brand.name) || '·';
  return new ImageResponse(
    createElement(
      'div',
      {
        style: {
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: logo ? '#ffffff' : accent,
          color: onAccent,
          fontSize: Math.round(size * (maskable ? 0.36 : 0.47)),
          fontWeight: 700,
          borderRadius: maskable ? 0 : Math.round(size * 0.2),
        },
      },
      content,
    ),
    { width: size, height: size },
  );
}
