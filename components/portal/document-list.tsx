import { getFormatter, getTranslations } from 'next-intl/server';
import { fileSizeParts } from '@/lib/format/file-size';

type TDocument = {
  id: string;
  title: string;
  fileName: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedBy: string;
};

/** A file size for the reader's locale: "60 byte", "2 kB", "5.2 MB". */
const fileSize = (format: Awaited<ReturnType<typeof getFormatter>>, bytes: number) => {
  const { value, unit, digits } = fileSizeParts(bytes);
  return format.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits });
};

/** Documents with a download link each (through the access-checked route, never a public URL). */
export async function DocumentList({
  portal,
  documents,
  timeZone,
}: {
  portal: string;
  documents: TDocument[];
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations('documents'), getFormatter()]);
  return (
    <ul className="flex flex-col gap-2">
      {documents.map((d) => (
        <li
          key={d.id}
          className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-white p-3 ring-1 ring-slate-200"
        >
          <span className="flex flex-col">
            <span className="font-medium">{d.title}</span>
            <span className="text-sm text-slate-600">
              {t('added', { date: format.dateTime(d.createdAt, { dateStyle: 'medium', timeZone }) })} ·{' '}
              {fileSize(format, d.sizeBytes)}
              {d.uploadedBy === 'client' ? ` · ${t('fromYou')}` : ''}
            </span>
          </span>
          <a
            href={`/api/portal/${portal}/documents/${d.id}`}
            download
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-3 text-sm font-medium"
          >
            {t('download', { name: d.fileName })}
          </a>
        </li>
      ))}
    </ul>
  );
}
