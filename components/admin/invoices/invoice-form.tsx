'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZInvoiceForm, ZInvoiceLine, type TInvoiceForm } from '@/lib/invoices/invoice-schema';
import { formLines, invoiceTotals } from '@/lib/invoices/invoice-totals';
import { toMajor } from '@/lib/format/money';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ invoiceId: string }>;

type Props = {
  initial: TInvoiceForm;
  /** who the invoice is for (fixed on this form) */
  clientName: string;
  currency: string;
  /** what a new line's tax rate starts as: the business's usual rate, in the reader's locale ("22") */
  defaultTaxRate: string;
  /** the server action, bound to the business (and the draft when editing) */
  save: (values: TInvoiceForm) => Promise<TSaved>;
  /** where a saved draft is shown: `${invoicesPath}/<id>` */
  invoicesPath: string;
};

/** A draft invoice or credit note: lines with live totals, the shared zod schema, the server's errors in place. */
export function InvoiceForm({ initial, clientName, currency, defaultTaxRate, save, invoicesPath }: Props) {
  const t = useTranslations('admin.invoices');
  const format = useFormatter();
  const router = useRouter();
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TInvoiceForm, TSaved>({
    schema: ZInvoiceForm,
    defaultValues: initial,
    save,
    onSaved: (result) => router.push(`${invoicesPath}/${result.invoiceId}?saved=1`),
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const watched = useWatch({ control: form.control });
  const money = (minor: number) => format.number(toMajor(minor, currency), { style: 'currency', currency });
  // live totals from the lines that already read well; the server computes them again
  const readable = (watched.lines ?? []).filter((l) => ZInvoiceLine.safeParse(l).success) as TInvoiceForm['lines'];
  const parsed = formLines({ lines: readable, discount: watched.discount ?? '' }, currency);
  const totals = invoiceTotals(parsed.lines, parsed.discountMinor);
  const linesError = form.formState.errors.lines?.root?.message ?? form.formState.errors.lines?.message;
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <p>
        <span className="font-medium">{t('form.client')}:</span> {clientName}
      </p>
      {errorAt('clientId') && <p className="text-sm text-red-800">{errorAt('clientId')}</p>}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('form.lines')}</legend>
        {linesError && (
          <p role="alert" className="text-sm text-red-800">
            {t(`errors.${linesError as 'linesRequired'}`)}
          </p>
        )}
        {lines.fields.map((field, index) => (
          <fieldset
            key={field.id}
            className="grid gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-start"
          >
            <legend className="sr-only">{t('form.line', { n: index + 1 })}</legend>
            <TextField
              label={t('form.description')}
              error={errorAt(`lines.${index}.description`)}
              {...form.register(`lines.${index}.description`)}
            />
            <TextField
              label={t('form.quantity')}
              inputMode="numeric"
              error={errorAt(`lines.${index}.quantity`)}
              {...form.register(`lines.${index}.quantity`)}
            />
            <TextField
              label={t('form.unitPrice')}
              inputMode="decimal"
              error={errorAt(`lines.${index}.unitPrice`)}
              {...form.register(`lines.${index}.unitPrice`)}
            />
            <TextField
              label={t('form.taxRate')}
              inputMode="decimal"
              error={errorAt(`lines.${index}.taxRate`)}
              {...form.register(`lines.${index}.taxRate`)}
            />
            <button
              type="button"
              onClick={() => lines.remove(index)}
              disabled={lines.fields.length === 1}
              className="min-h-11 self-end rounded-lg border border-slate-400 bg-white px-3 text-sm disabled:opacity-50"
            >
              {t('form.removeLine', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => lines.append({ description: '', quantity: '1', unitPrice: '', taxRate: defaultTaxRate })}
          className="min-h-11 self-start rounded-lg border border-slate-400 bg-white px-3 font-medium"
        >
          {t('form.addLine')}
        </button>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('form.discount')}
          inputMode="decimal"
          hint={t('form.discountHint')}
          error={errorAt('discount')}
          {...form.register('discount')}
        />
        <TextField label={t('form.dueDate')} type="date" error={errorAt('dueDate')} {...form.register('dueDate')} />
      </div>
      <TextAreaField id="invoice-notes" label={t('form.notes')} {...form.register('notes')} />
      {totals.ok && (
        <dl aria-live="polite" className="grid max-w-xs grid-cols-2 gap-1 self-end text-right">
          <dt>{t('form.subtotal')}</dt>
          <dd>{money(totals.subtotalMinor)}</dd>
          {totals.discountMinor > 0 && (
            <>
              <dt>{t('form.discount')}</dt>
              <dd>−{money(totals.discountMinor)}</dd>
            </>
          )}
          <dt>{t('form.tax')}</dt>
          <dd>{money(totals.taxMinor)}</dd>
          <dt className="font-semibold">{t('form.total')}</dt>
          <dd className="font-semibold">{money(totals.totalMinor)}</dd>
        </dl>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('form.saving')} className="self-start">
        {t('form.save')}
      </Button>
    </form>
  );
}
