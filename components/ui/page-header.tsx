import Link from 'next/link';

/** A page's title, its lead and its main actions (admin pages). */
export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {lead && <p className="text-slate-700">{lead}</p>}
      </div>
      {children}
    </div>
  );
}

const looks = {
  primary: 'inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white',
  secondary: 'inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-medium',
};

/** A link that reads as a button: the page's main action ("New invoice"), or a secondary one. */
export const LinkButton = ({
  href,
  children,
  look = 'primary',
  download = false,
}: {
  href: string;
  children: React.ReactNode;
  look?: keyof typeof looks;
  /** a file (an export): a plain link the browser downloads, not a page */
  download?: boolean;
}) =>
  download ? (
    <a href={href} className={looks[look]} download>
      {children}
    </a>
  ) : (
    <Link href={href} className={looks[look]}>
      {children}
    </Link>
  );

/** An admin page reached from a list (a new or an edited record): the way back, the title, the page. */
export function SubPage({
  back,
  backLabel,
  title,
  wide,
  children,
}: {
  back: string;
  backLabel: string;
  title: string;
  /** how wide the page may grow (a long form reads better narrower) */
  wide?: 'max-w-2xl' | 'max-w-3xl';
  children: React.ReactNode;
}) {
  return (
    <main id="main" className={`flex ${wide ?? ''} flex-col gap-4`}>
      <Link href={back} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {backLabel}
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
