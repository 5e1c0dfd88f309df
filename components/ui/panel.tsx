/**
 * A titled part of a record's page (a card's appointments, an invoice's amounts): a region named by
 * its heading, so screen readers list it and tests find it by role and name.
 */
export function Panel({
  id,
  title,
  gap = 'gap-3',
  plain = false,
  children,
}: {
  /** the heading's id, unique on the page */
  id: string;
  title: React.ReactNode;
  gap?: 'gap-2' | 'gap-3';
  /** a titled part of the page without the card around it (a list of cards) */
  plain?: boolean;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`flex flex-col ${gap} ${plain ? '' : 'rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200'}`}
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
