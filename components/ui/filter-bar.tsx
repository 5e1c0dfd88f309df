// A list's search, filters and sort as a plain GET form: the state is the URL (shareable, kept by
// Back), and it works without JavaScript. Server components: the page passes translated words.

/** The filter controls' shared look (a field of the admin's lists). */
const control = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

export function FilterBar({
  action,
  submitLabel,
  children,
  after,
  look = 'primary',
}: {
  action: string;
  submitLabel: string;
  /** the portal's quieter button beside its accent colour */
  look?: 'primary' | 'secondary';
  children: React.ReactNode;
  /** after the button, e.g. a link that clears one filter */
  after?: React.ReactNode;
}) {
  return (
    <form action={action} role="search" className="flex flex-wrap items-end gap-3">
      {children}
      <button
        type="submit"
        className={
          look === 'primary'
            ? 'min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white'
            : 'min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-medium'
        }
      >
        {submitLabel}
      </button>
      {after}
    </form>
  );
}

type TFilter = { id: string; label: string; name: string };

/** The list's free-text search: the widest control of the bar. */
export function FilterSearch({
  id,
  label,
  name,
  defaultValue,
  placeholder,
  hint,
}: TFilter & { defaultValue?: string; placeholder?: string; hint?: string }) {
  return (
    <div className="flex min-w-64 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="search"
        name={name}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={control}
      />
    </div>
  );
}

/** A labelled input of the bar (a date, an address). */
export function FilterInput({
  id,
  label,
  name,
  defaultValue,
  type = 'text',
}: TFilter & { defaultValue?: string; type?: 'text' | 'date' | 'email' }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} type={type} defaultValue={defaultValue} className={control} />
    </div>
  );
}

/** A labelled choice of the bar; `anyLabel` adds a first option that filters nothing. */
export function FilterSelect({
  id,
  label,
  name,
  defaultValue,
  options,
  anyLabel,
}: TFilter & { defaultValue?: string; options: { value: string; label: string }[]; anyLabel?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className={control}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list with a search alone (services, pages). */
export const ListSearch = ({
  action,
  label,
  submit,
  value,
}: {
  action: string;
  label: string;
  submit: string;
  value: string;
}) => (
  <FilterBar action={action} submitLabel={submit}>
    <FilterSearch id="list-search" name="q" label={label} defaultValue={value} />
  </FilterBar>
);
