import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { normalizeEmail } from '@/lib/format/identifiers';
import { fail, type TFailure } from '@/lib/result';

// A client list as staff upload it (issue 9, seed 001 "uploaded via a client list"):
// any encoding Excel or a booking tool writes, any usual delimiter; the header row first.

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const IMPORT_MAX_ROWS = 20_000;

export type TCsvError = 'empty' | 'tooLarge' | 'binary' | 'noHeader' | 'tooManyRows';
export type TCsv = {
  headers: string[];
  /** each data row with its number as a spreadsheet shows it (the header is row 1) */
  rows: { line: number; cells: string[]; malformed: boolean }[];
  delimiter: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
};

/** The text of the file: a byte-order mark decides; else UTF-8 if it is valid UTF-8, else Windows-1252 (Excel in Italy). */
function decode(bytes: Uint8Array): { text: string; encoding: TCsv['encoding'] } | null {
  const has = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (has(0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (has(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (has(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // a NUL byte never appears in a text file in these encodings: a spreadsheet, a PDF, an image
  if (bytes.includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // iconv-lite's table, not TextDecoder's: this Node decodes 0x80–0x9F as Latin-1 control
    // characters (nodejs/node#60888), and "Dell’Acqua" would lose its apostrophe
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** A header cell that is in fact data: the file has no header row. */
const looksLikeData = (cell: string) => !!normalizeEmail(cell) || /^\+?[\d\s().-]{7,}$/.test(cell.trim());

/** Reads an uploaded client list, or says why it cannot be read. Nothing is checked against the business here. */
export function readCsv(bytes: Uint8Array): { ok: true; csv: TCsv } | TFailure<TCsvError> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return fail('tooLarge');
  if (bytes.byteLength === 0) return fail('empty');
  const decoded = decode(bytes);
  if (!decoded) return fail('binary');
  const parsed = Papa.parse<string[]>(decoded.text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const [header, ...data] = parsed.data;
  if (!header || header.every((h) => !h.trim())) return fail('empty');
  if (header.some(looksLikeData)) return fail('noHeader');
  if (data.length === 0) return fail('empty');
  if (data.length > IMPORT_MAX_ROWS) return fail('tooManyRows');
  const badQuotes = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
  const headers = header.map((h) => h.trim());
  return {
    ok: true,
    csv: {
      headers,
      delimiter: parsed.meta.delimiter,
      encoding: decoded.encoding,
      rows: data.map((cells, i) => ({
        line: i + 2,
        cells: cells.map((c) => c.trim()),
        // extra cells are tolerated when empty (a trailing delimiter); missing or extra data is not
        malformed:
          badQuotes.has(i + 1) ||
          cells.length < headers.length ||
          cells.slice(headers.length).some((c) => c.trim() !== ''),
      })),
    },
  };
}
