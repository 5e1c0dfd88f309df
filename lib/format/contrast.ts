import { parse, wcagContrast, formatHex } from 'culori';

const DARK = '#111827';
const LIGHT = '#ffffff';
const FALLBACK_ACCENT = '#4f46e5';

/** The accent colour (validated) and the text colour on it with the better WCAG contrast. */
export function brandColors(accent: string | null | undefined) {
  const color = accent && parse(accent) ? formatHex(parse(accent)!) : FALLBACK_ACCENT;
  // white if it reads (AA 4.5:1), else our dark grey, else black (always the best for mid-tones)
  const onAccent =
    [LIGHT, DARK].find((c) => wcagContrast(color, c) >= 4.5) ??
    (wcagContrast(color, LIGHT) > wcagContrast(color, '#000000') ? LIGHT : '#000000');
  return { accent: color, onAccent, contrast: wcagContrast(color, onAccent) };
}

/** Up to two initials, the logo fallback. */
export function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toLocaleUpperCase())
    .join('');
}

/** What the settings show about an accent: the text colour on it, that contrast, and its contrast with the page (white). */
export function accentCheck(accent: string) {
  const { accent: color, onAccent, contrast } = brandColors(accent);
  const onPage = wcagContrast(color, LIGHT);
  // buttons and the header bar must stand out from the white page (WCAG 1.4.11: 3:1); text on them is 4.5:1
  return { accent: color, onAccent, textContrast: contrast, pageContrast: onPage, ok: contrast >= 4.5 && onPage >= 3 };
}
