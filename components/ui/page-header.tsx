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
