'use client';
import { forwardRef } from 'react';
import { SelectField } from './select-field';

type TSelectProps = React.ComponentProps<typeof SelectField>;

/**
 * A language to choose among those Portico speaks, each named in itself and marked with its
 * language; `empty` is the label of "none chosen" where there may be none (the business's, a client's).
 */
export const LanguageSelect = forwardRef<
  HTMLSelectElement,
  Omit<TSelectProps, 'children'> & { languages: { code: string; name: string }[]; empty?: string }
>(function LanguageSelect({ languages, empty, ...select }, ref) {
  return (
    <SelectField ref={ref} {...select}>
      {empty !== undefined && <option value="">{empty}</option>}
      {languages.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </SelectField>
  );
});

/** A timezone by its IANA name, shown with spaces ("America/New York"). */
export const TimezoneSelect = forwardRef<HTMLSelectElement, Omit<TSelectProps, 'children'> & { timezones: string[] }>(
  function TimezoneSelect({ timezones, ...select }, ref) {
    return (
      <SelectField ref={ref} {...select}>
        {timezones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
    );
  },
);
