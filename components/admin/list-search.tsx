/** A list's search as a plain GET form: the query is the URL, works without JavaScript. */
export function ListSearch({
  action,
  label,
  submit,
  value,
}: {
  action: string;
  label: string;
  submit: string;
  value: string;
}) {
  return (
    <form action={action} role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="list-search" className="text-sm font-medium">
          {label}
        </label>
        <input
          id="list-search"
          type="search"
          name="q"
          defaultValue={value}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
        />
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
        {submit}
      </button>
    </form>
  );
}
