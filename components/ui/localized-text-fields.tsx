'use client';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { TextField } from './text-field';

type Props<T extends FieldValues> = {
  form: UseFormReturn<T>;
  /** the form's field holding one text per language ("names" → names.en, names.it…) */
  name: string;
  languages: { code: string; name: string }[];
  /** the label of one language's input, from that language's name */
  label: (language: string) => string;
  /** an error code in the reader's words */
  words: (code: string) => string;
};

/**
 * One text in each of the business's languages (a service's or product's name, a field's label),
 * each input marked with its language, and the error that concerns them all above them.
 */
export function LocalizedTextFields<T extends FieldValues>({ form, name, languages, label, words }: Props<T>) {
  const state = (path: string) => form.getFieldState(path as FieldPath<T>, form.formState).error;
  const whole = state(name) as { message?: string; root?: { message?: string } } | undefined;
  const wholeCode = whole?.root?.message ?? whole?.message;
  return (
    <>
      {wholeCode && (
        <p role="alert" className="text-sm text-red-800">
          {words(wholeCode)}
        </p>
      )}
      {languages.map((l) => {
        const path = `${name}.${l.code}` as FieldPath<T>;
        const code = state(path)?.message;
        return (
          <TextField
            key={l.code}
            lang={l.code}
            label={label(l.name)}
            error={code ? words(code) : undefined}
            {...form.register(path)}
          />
        );
      })}
    </>
  );
}
