import { describe, expect, it } from 'vitest';
import { formatPhone, internationalPhone } from '@/lib/format/phone';

describe('phone numbers as a reader expects them', () => {
  it('national form for the business’s own country, international otherwise, stored form when unreadable', () => {
    expect(formatPhone('+393475551234', 'IT')).toBe('347 555 1234');
    expect(formatPhone('+33612345678', 'IT')).toBe('+33 6 12 34 56 78');
    expect(formatPhone('+442079460958', 'GB')).toBe('020 7946 0958');
    expect(formatPhone('+12', 'IT')).toBe('+12');
  });

  it('a file gets the international form with spaces', () => {
    expect(internationalPhone('+393330159789')).toBe('+39 333 015 9789');
  });
});
