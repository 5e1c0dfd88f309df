import { brandColors, initials } from '@/lib/format/contrast';

/** The business logo, or its initials on the accent colour when it has none. */
export function BusinessLogo({
  name,
  logoUrl,
  accentColor,
}: {
  name: string;
  logoUrl: string | null;
  accentColor: string;
}) {
  if (logoUrl) {
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={logoUrl} alt="" className="h-10 w-auto max-w-40 rounded-lg object-contain" />;
  }
  const { accent, onAccent } = brandColors(accentColor);
  return (
    <span
      aria-hidden="true"
      className="grid size-10 place-items-center rounded-lg text-sm font-bold"
      style={{ backgroundColor: accent, color: onAccent }}
    >
      {initials(name)}
    </span>
  );
}
