import 'server-only';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { checkMapping, guessMapping, type TMappingError } from './column-mapping';
import { planImport, type TOnDuplicate, type TReportRow } from './plan-import';
import { readCsv, type TCsvError } from './read-csv';
import { writeImport } from './write-import';
import { fail, type TFailure } from '@/lib/result';

type TBusiness = { id: string; country: string };
type TImportError = TCsvError | TMappingError | 'failed';
const SAMPLE_ROWS = 5;

/** Step 1: the file read, its columns with a guess of where each goes, and its first rows. */
export async function analyzeImport(business: TBusiness, bytes: Uint8Array) {
  const read = readCsv(bytes);
  if (!read.ok) return read;
  const fields = await listFieldDefinitions(business.id);
  return {
    ok: true as const,
    headers: read.csv.headers,
    sample: read.csv.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    rowCount: read.csv.rows.length,
    encoding: read.csv.encoding,
    delimiter: read.csv.delimiter,
    mapping: guessMapping(read.csv.headers, fields),
  };
}

async function plan(business: TBusiness, bytes: Uint8Array, mapping: unknown, onDuplicate: TOnDuplicate) {
  const read = readCsv(bytes);
  if (!read.ok) return read;
  const fields = await listFieldDefinitions(business.id);
  const targets = checkMapping(
    mapping,
    read.csv.headers.length,
    fields.map((f) => f.key),
  );
  if (typeof targets === 'string') return fail(targets);
  return {
    ok: true as const,
    plan: await planImport({ business, csv: read.csv, mapping: targets, fields, onDuplicate }),
  };
}

const summary = (report: TReportRow[]) => ({
  create: report.filter((r) => r.outcome === 'create').length,
  update: report.filter((r) => r.outcome === 'update').length,
  skip: report.filter((r) => r.outcome === 'skip').length,
  invalid: report.filter((r) => r.outcome === 'invalid').length,
});

/** Step 2: what the import would do, every row's outcome, nothing written. */
export async function previewImport(
  business: TBusiness,
  { bytes, mapping, onDuplicate }: { bytes: Uint8Array; mapping: unknown; onDuplicate: TOnDuplicate },
): Promise<{ ok: true; counts: ReturnType<typeof summary>; report: TReportRow[] } | TFailure<TImportError>> {
  const planned = await plan(business, bytes, mapping, onDuplicate);
  if (!planned.ok) return planned;
  return { ok: true, counts: summary(planned.plan.report), report: planned.plan.report };
}

/** Step 3, once staff confirm: the same check again on the same file, then the valid rows in one transaction. */
export async function runImport(
  business: TBusiness,
  {
    bytes,
    mapping,
    onDuplicate,
    staffIdentityId,
    fileName,
  }: { bytes: Uint8Array; mapping: unknown; onDuplicate: TOnDuplicate; staffIdentityId: string; fileName: string },
): Promise<
  { ok: true; counts: ReturnType<typeof summary>; report: TReportRow[]; welcome: string[] } | TFailure<TImportError>
> {
  const planned = await plan(business, bytes, mapping, onDuplicate);
  if (!planned.ok) return planned;
  const written = await writeImport({ businessId: business.id, plan: planned.plan, staffIdentityId, fileName });
  if (!written.ok) return fail('failed');
  return { ok: true, counts: summary(planned.plan.report), report: planned.plan.report, welcome: written.welcome };
}
