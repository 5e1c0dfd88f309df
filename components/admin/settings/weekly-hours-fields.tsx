'use client';
import { useTranslations } from 'next-intl';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Seven days, each open or not, from–to and an optional break: the business's or a staff member's week. */
export function WeeklyHoursFields<T extends FieldValues>({
  form,
  name,
  legend,
  hint,
  errorAt,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  legend: string;
  hint: string;
  errorAt: (path: string) => string | undefined;
}) {
  const t = useTranslations('admin.settings');
  const week = useWatch({ control: form.control, name }) as { open: boolean }[] | undefined;
  const field = (i: number, part: string) => `${name}.${i}.${part}` as Path<T>;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <p className="text-sm text-slate-700">{hint}</p>
      {DAYS.map((day, i) => (
        <div key={day} className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3">
          <label className="flex min-h-11 w-36 items-center gap-2 font-medium">
            <input type="checkbox" className="size-5" {...form.register(field(i, 'open'))} />
            {t(`weekday.${day}`)}
          </label>
          {week?.[i]?.open &&
            (['from', 'to', 'breakFrom', 'breakTo'] as const).map((part) => (
              <TextField
                key={part}
                type="time"
                label={t(
                  { from: 'opensAt', to: 'closesAt', breakFrom: 'breakFrom', breakTo: 'breakTo' }[part] as 'opensAt',
                  { day: t(`weekday.${day}`) },
                )}
                className="w-32"
                error={errorAt(`${name}.${i}.${part}`)}
                {...form.register(field(i, part))}
              />
            ))}
        </div>
      ))}
    </fieldset>
  );
}
