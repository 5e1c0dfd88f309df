// Issue 25 §4.1: a Windows-1252 client list (Excel's Italian "CSV (separato da punto e virgola)")
// keeps every character of 0x80–0x9F: TextDecoder on this Node reads them as Latin-1 controls.
import { describe, expect, it } from 'vitest';
import { readCsv } from '@/lib/import/read-csv';

// the WHATWG windows-1252 index for 0x80–0x9F; the five bytes it leaves to C1 controls are
// read as U+FFFD, a visible replacement, rather than invisible controls inside a name
const TABLE = [
  '€',
  '\uFFFD',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\uFFFD',
  'Ž',
  '\uFFFD',
  '\uFFFD',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\uFFFD',
  'ž',
  'Ÿ',
];

describe('reading a Windows-1252 client list', () => {
  it('decodes every byte from 0x80 to 0x9F as Windows-1252 says', () => {
    for (let byte = 0x80; byte <= 0x9f; byte++) {
      const bytes = Uint8Array.from([...Buffer.from('Nome;Cognome\nA;x', 'latin1'), byte, ...Buffer.from('y\n')]);
      const read = readCsv(bytes);
      if (!read.ok) throw new Error(read.error);
      expect(read.csv.encoding).toBe('windows-1252');
      expect(read.csv.rows[0].cells[1], `0x${byte.toString(16)}`).toBe(`x${TABLE[byte - 0x80]}y`);
    }
  });

  it('keeps "Dell’Acqua", the euro and the dashes of an Italian Excel export', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('Nome;Cognome;Note\nMaria;Dell', 'latin1'),
      0x92,
      ...Buffer.from('Acqua;', 'latin1'),
      0x93,
      ...Buffer.from('VIP', 'latin1'),
      0x94,
      ...Buffer.from(' ', 'latin1'),
      0x96,
      ...Buffer.from(' 50 ', 'latin1'),
      0x80,
      ...Buffer.from(' città\n', 'latin1'),
    ]);
    const read = readCsv(bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.csv.rows[0].cells).toEqual(['Maria', 'Dell’Acqua', '“VIP” – 50 € città']);
  });
});
