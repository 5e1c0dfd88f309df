'use client';
import Papa from 'papaparse';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { CARD_TARGETS, type TTarget } from '@/lib/import/column-mapping';
import type { TReportRow } from '@/lib/import/plan-import';
import type { TFailure } from '@/lib/result';

type TCounts = { create: number; update: number; skip: number; invalid: number };
type TFail = TFailure;
type TAnalysis = {
  ok: true;
  headers: string[];
  sample: string[][];
  rowCount: number;
  encoding: string;
  delimiter: string;
  mapping: TTarget[];
};
type TChecked = { ok: true; counts: TCounts; report: TReportRow[] };

type Props = {
  /** the server actions, bound to the business */
  analyze: (data: FormData) => Promise<TAnalysis | TFail>;
  preview: (data: FormData) => Promise<TChecked | TFail>;
  run: (data: FormData) => Promise<TChecked | TFail>;
  /** the business's custom fields, labelled in the reader's language */
  fields: { key: string; label: string }[];
  clientsPath: string;
};

const SHOWN_PROBLEMS = 100;

/**
 * Import a client list in three steps, nothing written before the last: read the file
 * (its columns, a guess of where each goes, the first rows), check every row with the
 * chosen mapping (the report), then import once staff confirm.
 */
export function ClientImport({ analyze, preview, run, fields, clientsPath }: Props) {
  const t = useTranslations('admin.import');
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [file, setFile] = useState<File | null>(null);
  const [analysis, setAnalysis] = useState<TAnalysis | null>(null);
  const [mapping, setMapping] = useState<TTarget[]>([]);
  const [onDuplicate, setOnDuplicate] = useState<'update' | 'skip'>('update');
  const [sendWelcome, setSendWelcome] = useState(false);
  const [checked, setChecked] = useState<TChecked | null>(null);
  const [done, setDone] = useState<TChecked | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = (result: TFail) => setError(t(`errors.${result.error as 'failed'}`));
  const data = () => {
    const form = new FormData();
    form.set('file', file!);
    form.set('mapping', JSON.stringify(mapping));
    form.set('onDuplicate', onDuplicate);
    if (sendWelcome) form.set('sendWelcome', 'on');
    return form;
  };
  const targetLabel = (target: TTarget) =>
    target.startsWith('custom:')
      ? (fields.find((f) => `custom:${f.key}` === target)?.label ?? target)
      : t(`targets.${(target || 'ignore') as 'ignore'}`);
  const reason = (row: TReportRow) =>
    row.reason ? t(`reasons.${row.reason as 'noContact'}`) + (row.detail ? ` (${row.detail})` : '') : '';
  /** "Last name: Rossi → Bianchi": one field a row changes */
  const changeLine = (c: NonNullable<TReportRow['changes']>[number]) =>
    t('change', {
      field: c.field.startsWith('custom:') ? c.field.slice(7) : targetLabel(c.field as TTarget),
      from: c.from || t('emptyValue'),
      to: c.to || t('emptyValue'),
    });
  const changeText = (row: TReportRow) => (row.changes ?? []).map(changeLine).join('; ');
  const downloadReport = (report: TReportRow[]) => {
    const csv = Papa.unparse({
      fields: [t('report.row'), t('report.outcome'), t('report.reason'), t('report.card'), t('report.changes')],
      data: report.map((r) => [
        r.line,
        t(`outcomes.${r.outcome}`),
        reason(r) || t(`outcomes.${r.outcome}`),
        r.card ?? '',
        r.outcome === 'update' ? changeText(r) || t('noChange') : '',
      ]),
    });
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: t('report.fileName') });
    a.click();
    URL.revokeObjectURL(url);
  };
  const changeMapping = (i: number, target: TTarget) => {
    setChecked(null);
    setMapping((m) => m.map((old, j) => (j === i ? target : old === target && target ? '' : old)));
  };

  if (done) {
    return (
      <section aria-labelledby={`${id}-done`} className="flex flex-col gap-3">
        <h2 id={`${id}-done`} className="text-lg font-semibold">
          {t('doneTitle')}
        </h2>
        <p role="status">{t('doneSummary', done.counts)}</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => downloadReport(done.report)} className={secondary}>
            {t('report.download')}
          </button>
          <Link href={clientsPath} className={secondary}>
            {t('toClients')}
          </Link>
        </div>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <FormAlert message={error} />
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return setError(t('errors.noFile'));
          startTransition(async () => {
            setError(null);
            setAnalysis(null);
            setChecked(null);
            const form = new FormData();
            form.set('file', file);
            const result = await analyze(form);
            if (!('ok' in result) || !result.ok) return fail(result);
            setAnalysis(result);
            setMapping(result.mapping);
          });
        }}
      >
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800">
          {t('file')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setAnalysis(null);
            setChecked(null);
          }}
          className="min-h-11 rounded-lg border border-slate-400 bg-white p-2"
        />
        <p id={`${id}-file-hint`} className="text-sm text-slate-600">
          {t('fileHint')}
        </p>
        <Button type="submit" pending={pending && !analysis} pendingLabel={t('reading')} className="self-start">
          {t('read')}
        </Button>
      </form>

      {analysis && (
        <section aria-labelledby={`${id}-map`} className="flex flex-col gap-3">
          <h2 id={`${id}-map`} className="text-lg font-semibold">
            {t('mapTitle')}
          </h2>
          <p className="text-slate-700">
            {t('readSummary', {
              rows: analysis.rowCount,
              encoding: analysis.encoding.toUpperCase(),
              delimiter: analysis.delimiter === '\t' ? t('tab') : analysis.delimiter,
            })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full min-w-lg text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    {t('column')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('goesTo')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('firstRows')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {analysis.headers.map((header, i) => (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {header || t('untitled', { n: i + 1 })}
                    </th>
                    <td className="py-2 pr-3">
                      <select
                        aria-label={t('goesToFor', { column: header || t('untitled', { n: i + 1 }) })}
                        value={mapping[i] ?? ''}
                        onChange={(event) => changeMapping(i, event.target.value as TTarget)}
                        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
                      >
                        {(['', ...CARD_TARGETS, ...fields.map((f) => `custom:${f.key}`)] as TTarget[]).map((target) => (
                          <option key={target} value={target}>
                            {targetLabel(target)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="py-2 break-all text-slate-700">
                      {analysis.sample
                        .map((row) => row[i])
                        .filter(Boolean)
                        .slice(0, 3)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-medium text-slate-800">{t('duplicates')}</legend>
            {(['update', 'skip'] as const).map((choice) => (
              <label key={choice} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-duplicates`}
                  className="size-5"
                  checked={onDuplicate === choice}
                  onChange={() => {
                    setOnDuplicate(choice);
                    setChecked(null);
                  }}
                />
                {t(`duplicate.${choice}`)}
              </label>
            ))}
          </fieldset>
          <CheckboxField
            label={t('sendWelcome')}
            checked={sendWelcome}
            onChange={(event) => setSendWelcome(event.target.checked)}
          />
          <Button
            type="button"
            pending={pending && !checked}
            pendingLabel={t('checking')}
            className="self-start"
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const result = await preview(data());
                if (!('ok' in result) || !result.ok) return fail(result);
                setChecked(result);
              })
            }
          >
            {t('check')}
          </Button>
        </section>
      )}

      {checked && (
        <section aria-labelledby={`${id}-check`} className="flex flex-col gap-3">
          <h2 id={`${id}-check`} className="text-lg font-semibold">
            {t('checkTitle')}
          </h2>
          <p role="status">{t('checkSummary', checked.counts)}</p>
          {checked.report.some((r) => r.outcome === 'update') && (
            <ReportTable caption={t('updatesTitle')} columns={[t('report.row'), t('report.card'), t('report.changes')]}>
              {checked.report
                .filter((r) => r.outcome === 'update')
                .slice(0, SHOWN_PROBLEMS)
                .map((r) => (
                  <tr key={r.line} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3">{r.line}</td>
                    <td className="py-2 pr-3">{r.card}</td>
                    <td className="py-2">
                      {r.changes?.length ? (
                        <ul>
                          {r.changes.map((c) => (
                            <li key={c.field} className="break-all">
                              {changeLine(c)}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        t('noChange')
                      )}
                    </td>
                  </tr>
                ))}
            </ReportTable>
          )}
          {checked.report.some((r) => r.outcome === 'invalid' || r.outcome === 'skip') && (
            <ReportTable caption={t('problems')} columns={[t('report.row'), t('report.outcome'), t('report.reason')]}>
              {checked.report
                .filter((r) => r.outcome === 'invalid' || r.outcome === 'skip')
                .slice(0, SHOWN_PROBLEMS)
                .map((r) => (
                  <tr key={r.line} className="border-b border-slate-200">
                    <td className="py-2 pr-3">{r.line}</td>
                    <td className="py-2 pr-3">{t(`outcomes.${r.outcome}`)}</td>
                    <td className="py-2 break-all">{reason(r)}</td>
                  </tr>
                ))}
            </ReportTable>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              type="button"
              pending={pending}
              pendingLabel={t('importing')}
              disabled={checked.counts.create + checked.counts.update === 0}
              onClick={() =>
                startTransition(async () => {
                  setError(null);
                  const result = await run(data());
                  if (!('ok' in result) || !result.ok) return fail(result);
                  setDone(result);
                })
              }
            >
              {t('import', { count: checked.counts.create + checked.counts.update })}
            </Button>
            <button type="button" onClick={() => downloadReport(checked.report)} className={secondary}>
              {t('report.download')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

const secondary =
  'inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium';

/** A table of the check's rows: its caption and column headers, the rows it is given. */
function ReportTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={i < columns.length - 1 ? 'py-2 pr-3' : 'py-2'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
