import { LocaleSwitcher } from '@/components/i18n/locale-switcher';

/** Portico's own colour, on pages that belong to no business (staff sign-in, /login, setup). */
const PORTICO_ACCENT = { '--brand-accent': '#1e3a8a' } as React.CSSProperties;

/**
 * A page of Portico's own, outside any business: the language switcher, a title and its lead,
 * then the page's form and links in one narrow column (`wide` for a longer form).
 */
export function PlainPage({
  title,
  lead,
  wide = false,
  switcher = true,
  children,
}: {
  title: string;
  lead?: React.ReactNode;
  wide?: boolean;
  /** the language switcher (off mid-way through a sign-in step) */
  switcher?: boolean;
  children: React.ReactNode;
}) {
  return (
    <main
      id="main"
      className={`mx-auto flex ${wide ? 'max-w-2xl' : 'max-w-sm'} flex-col gap-6 px-4 py-12`}
      style={PORTICO_ACCENT}
    >
      {switcher && <LocaleSwitcher className="self-end" />}
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {lead && <p className="mt-1 text-slate-700">{lead}</p>}
      </div>
      {children}
    </main>
  );
}
