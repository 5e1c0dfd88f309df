import { describe, expect, it } from 'vitest';
import { fileSizeParts } from '@/lib/format/file-size';

const shown = (bytes: number, locale = 'en-GB') => {
  const { value, unit, digits } = fileSizeParts(bytes);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
};

describe('file sizes', () => {
  it('shows bytes below 1 KB, then kB, then MB with one decimal', () => {
    expect(shown(60)).toBe('60 byte');
    expect(shown(0)).toBe('0 byte');
    expect(shown(2048)).toBe('2 kB');
    expect(shown(5.25 * 1024 * 1024)).toBe('5.3 MB');
    expect(shown(5.25 * 1024 * 1024, 'it-IT')).toBe('5,3 MB');
  });
});
