// The admin's lists: how many there are (announced), an empty state, or a table with a hidden
// caption and column headers. Rows are the page's own <Row>s of <RowHeader> and <Cell>s.

export function DataTable({
  caption,
  columns,
  count,
  empty,
  children,
}: {
  caption: string;
  columns: string[];
  /** "12 invoices", announced to screen readers when the filters change it */
  count?: string;
  /** shown instead of the table when there is no row */
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <>
      {count !== undefined && (
        <p role="status" className="text-sm text-slate-700">
          {count}
        </p>
      )}
      {empty !== null ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-4 py-3 font-medium">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}

export const Row = ({ children, top = false }: { children: React.ReactNode; top?: boolean }) => (
  <tr className={`border-t border-slate-100 hover:bg-slate-50 ${top ? 'align-top' : ''}`}>{children}</tr>
);

export const RowHeader = ({ children }: { children: React.ReactNode }) => (
  <th scope="row" className="px-4 py-3 font-medium">
    {children}
  </th>
);

export const Cell = ({ children, nowrap = false }: { children: React.ReactNode; nowrap?: boolean }) => (
  <td className={`px-4 py-3 ${nowrap ? 'whitespace-nowrap' : ''}`}>{children}</td>
);

/** What a list or section shows when it has nothing yet, or nothing that matches. */
export const EmptyState = ({ children }: { children: React.ReactNode }) => (
  <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{children}</p>
);
