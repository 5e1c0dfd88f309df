import Link from 'next/link';
import { FilterBar, FilterSearch } from '@/components/ui/filter-bar';

type TMatch = { id: string; name: string; email: string | null };

/**
 * The first step of what is made for one client (an invoice, an appointment): a search of the
 * business's active clients as a GET form, and the matches as links that carry the choice on.
 */
export function ClientPicker({
  action,
  id,
  label,
  hint,
  submitLabel,
  q,
  keep = {},
  matches,
  href,
  pick,
  none,
}: {
  action: string;
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  /** what was searched, if anything */
  q: string;
  /** other query parameters the search keeps (a day chosen before) */
  keep?: Record<string, string>;
  matches: TMatch[];
  href: (match: TMatch) => string;
  pick: (name: string) => string;
  /** what to say when nothing matches */
  none?: string;
}) {
  return (
    <>
      <FilterBar action={action} submitLabel={submitLabel}>
        {Object.entries(keep).map(
          ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
        )}
        <FilterSearch id={id} name="q" label={label} hint={hint} defaultValue={q} />
      </FilterBar>
      {q && matches.length === 0 && none && <p role="status">{none}</p>}
      {q && matches.length > 0 && (
        <ul className="flex flex-col gap-2">
          {matches.map((c) => (
            <li key={c.id}>
              <Link
                href={href(c)}
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3"
              >
                {pick(c.name)}
                {c.email && <span className="ml-2 text-sm text-slate-600">{c.email}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
