import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import type { TFigureRow, TInvoiceFigures } from '@/lib/invoices/invoice-figures';
import { Panel } from '@/components/ui/panel';

/**
 * An invoice's lines, its figures (subtotal, discount, tax by rate, total, paid, credited,
 * balance) and the note to the client: the same on the admin's page and the client's,
 * read from invoiceFigures like the PDF and the email.
 */
export async function InvoiceSummary({ figures, currency }: { figures: TInvoiceFigures; currency: string }) {
  const [t, format] = await Promise.all([getTranslations('invoices'), getFormatter()]);
  const percent = (bp: number) => format.number(bp / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  const label = (row: TFigureRow) =>
    row.key === 'tax' && row.rateBp !== null ? t('taxAt', { rate: percent(row.rateBp) }) : t(row.key);
  const strong = (row: TFigureRow) => row.key === 'total' || row.key === 'balance';
  return (
    <Panel id="lines" title={t('lines')}>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t('description')}</th>
              <th scope="col">{t('quantity')}</th>
              <th scope="col">{t('unitPrice')}</th>
              <th scope="col">{t('taxRate')}</th>
              <th scope="col" className="text-right">
                {t('amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.lines.map((l, i) => (
              <tr key={i} className="border-t border-slate-100">
                <td className="py-2">{l.description}</td>
                <td>{l.quantity}</td>
                <td>
                  <Money minor={l.unitPriceMinor} currency={currency} />
                </td>
                <td>{percent(l.taxRateBp)}</td>
                <td className="text-right">
                  <Money minor={l.netMinor} currency={currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl aria-label={t('figures')} className="flex flex-col items-end gap-1 self-end text-sm">
        {figures.rows.map((row, i) => (
          <div key={i} className={`flex gap-3 ${strong(row) ? 'text-base font-semibold' : ''}`}>
            <dt>{label(row)}</dt>
            <dd>
              <Money minor={row.minor} currency={currency} />
            </dd>
          </div>
        ))}
      </dl>
      {figures.note && (
        <div>
          <h3 className="font-semibold">{t('note')}</h3>
          <p className="whitespace-pre-line text-slate-700">{figures.note}</p>
        </div>
      )}
    </Panel>
  );
}
