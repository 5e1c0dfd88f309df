import { brandColors, initials } from '@/lib/format/contrast';

/** what a home screen shows under the icon: the name when it fits, else its initials */
const SHORT_NAME_MAX = 12;

/**
 * A portal's web app manifest (installed on a phone's home screen): the business's name, colour and
 * icons, opening on the client's dashboard inside the portal's own scope, in the reader's language.
 */
export function webAppManifest({
  business,
  lang,
  description,
}: {
  business: { id: string; slug: string; name: string; accentColor: string };
  lang: string;
  description: string;
}) {
  const base = `/p/${business.slug}/`;
  const icon = (size: number, purpose: 'any' | 'maskable') => ({
    src: `/api/branding/${business.id}/icon?size=${size}${purpose === 'maskable' ? '&purpose=maskable' : ''}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const name = business.name.trim();
  return {
    id: base,
    name,
    short_name: name.length <= SHORT_NAME_MAX ? name : initials(name) || name.slice(0, SHORT_NAME_MAX),
    description,
    lang,
    dir: 'ltr',
    start_url: `${base}dashboard`,
    scope: base,
    display: 'standalone',
    theme_color: brandColors(business.accentColor).accent,
    background_color: '#ffffff',
    icons: [icon(192, 'any'), icon(512, 'any'), icon(512, 'maskable')],
  };
}
