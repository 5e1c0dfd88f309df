// Issue 25 §1.3–1.4: the rules money and calendar days rest on, for any input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceFigures } from '@/lib/invoices/invoice-figures';
import { invoiceTotals } from '@/lib/invoices/invoice-totals';
import { currencyDigits, formatMinorForInput, parseMoney } from '@/lib/format/money';
import { invoiceBalance, settledStatus } from '@/lib/invoices/settled-status';
import { dayForFormat, formatDay, todayIn } from '@/lib/time/calendar-day';
import { endOfZonedDay, lastZonedDay, startOfZonedDay, wholeDays, zonedDay } from '@/lib/time/zoned-day';

const line = fc.record({
  description: fc.string({ maxLength: 20 }),
  quantity: fc.integer({ min: 1, max: 1000 }),
  unitPriceMinor: fc.integer({ min: 0, max: 10_000_000 }),
  taxRateBp: fc.constantFrom(0, 400, 500, 550, 1000, 2000, 2100, 2200, 10_000),
});
const lines = fc.array(line, { minLength: 1, maxLength: 12 });
const ZONES = Intl.supportedValuesOf('timeZone');

describe('invoice totals, for any lines, quantities, tax rates and discount', () => {
  it('sum of lines = net; net − discount + taxes = total; every amount a whole number of minor units', () => {
    fc.assert(
      fc.property(lines, fc.double({ min: 0, max: 1, noNaN: true }), (ls, share) => {
        const subtotal = ls.reduce((a, l) => a + l.quantity * l.unitPriceMinor, 0);
        const discount = Math.floor(subtotal * share);
        const totals = invoiceTotals(ls, discount);
        if (!totals.ok) return false;
        expect(totals.lines.reduce((a, l) => a + l.totalMinor, 0)).toBe(totals.subtotalMinor);
        expect(totals.lines.reduce((a, l) => a + l.taxMinor, 0)).toBe(totals.taxMinor);
        expect(totals.totalMinor).toBe(totals.subtotalMinor - totals.discountMinor + totals.taxMinor);
        for (const l of totals.lines) expect(Number.isInteger(l.taxMinor)).toBe(true);
        // the tax is never more than the highest rate on what is charged
        expect(totals.taxMinor).toBeLessThanOrEqual(Math.ceil(((subtotal - discount) * 10_000) / 10_000) + ls.length);
        return true;
      }),
    );
  });

  it('a discount larger than the subtotal is refused', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 1000 }), (ls, extra) => {
        const subtotal = ls.reduce((a, l) => a + l.quantity * l.unitPriceMinor, 0);
        expect(invoiceTotals(ls, subtotal + extra)).toEqual({ ok: false, error: 'discountTooLarge' });
      }),
    );
  });

  it('what every view prints adds up: subtotal − discount + taxes = total, and the balance is never below zero', () => {
    fc.assert(
      fc.property(
        lines,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 3 }),
        (ls, share, payments, credits) => {
          const subtotal = ls.reduce((a, l) => a + l.quantity * l.unitPriceMinor, 0);
          const totals = invoiceTotals(ls, Math.floor(subtotal * share));
          if (!totals.ok) return;
          // payments and credit notes as record-payment and start-credit-note allow them: never past the balance
          let paid = 0;
          let credited = 0;
          const invoice = () => ({ totalMinor: totals.totalMinor, paidMinor: paid, creditedMinor: credited });
          for (const p of payments) paid += Math.min(p, invoiceBalance(invoice()));
          for (const c of credits) credited += Math.min(c, invoiceBalance(invoice()));
          const figures = invoiceFigures({
            ...totals,
            paidMinor: paid,
            creditedMinor: credited,
            notes: null,
            lines: totals.lines.map((l) => ({ ...l, totalMinor: l.totalMinor })),
          });
          const sum = (key: string) => figures.rows.filter((r) => r.key === key).reduce((a, r) => a + r.minor, 0);
          expect(sum('subtotal') + sum('discount') + sum('tax')).toBe(sum('total'));
          expect(figures.balanceMinor).toBeGreaterThanOrEqual(0);
          expect(figures.balanceMinor).toBe(totals.totalMinor - paid - credited);
          if (figures.balanceMinor === 0 && totals.totalMinor > 0)
            expect(settledStatus(invoice())).toBe(paid === 0 ? 'void' : 'paid');
        },
      ),
    );
  });
});

describe('money in the currency’s minor units and the reader’s locale', () => {
  it('knows zero-, two- and three-decimal currencies', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD')]).toEqual([2, 0, 3]);
  });

  it('shows an amount as the reader writes it and reads it back, in either decimal mark', () => {
    expect(formatMinorForInput(7320, 'EUR', 'it')).toBe('73,20');
    expect(formatMinorForInput(7320, 'EUR', 'en')).toBe('73.20');
    expect(formatMinorForInput(7320, 'JPY', 'it')).toBe('7320');
    expect(parseMoney('73,20')).toBe(7320);
    expect(parseMoney('73.20')).toBe(7320);
    expect(parseMoney('7320', 'JPY')).toBe(7320);
    expect(parseMoney('73.5', 'JPY')).toBeNull();
    expect(parseMoney('1.234,50')).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('EUR', 'JPY', 'BHD', 'USD', 'CHF'),
        fc.constantFrom('en', 'it', 'es', 'fr', 'de', 'en-GB', 'de-CH'),
        (minor, currency, locale) => {
          expect(parseMoney(formatMinorForInput(minor, currency, locale), currency)).toBe(minor);
        },
      ),
    );
  });
});

describe('calendar days, in every IANA timezone and across DST changes', () => {
  const day = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('a due date reads back as the same day in every locale and timezone', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...ZONES), (d, zone) => {
        // formatted the way every view formats a calendar day: never moved by an offset
        expect(dayForFormat(d).toISOString().slice(0, 10)).toBe(d);
        expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(dayForFormat(d))).toBe(d);
        // and "today" in a timezone is a day on that timezone's calendar
        expect(todayIn(zone, startOfZonedDay(d, zone))).toBe(d);
      }),
    );
    expect(formatDay('2026-12-21', 'it', 'long')).toBe('21 dicembre 2026');
  });

  it('an access period from its first to its last day reads back the same days in every timezone', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom(...ZONES), (from, days, zone) => {
        const last = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        const start = startOfZonedDay(from, zone);
        const end = endOfZonedDay(last, zone);
        expect(zonedDay(start, zone)).toBe(from);
        expect(lastZonedDay(end, zone)).toBe(last);
        // a day is 23, 24 or 25 hours long across a DST change, never another length
        const hours = (endOfZonedDay(from, zone).getTime() - start.getTime()) / 3_600_000;
        expect([23, 23.5, 24, 24.5, 25]).toContain(hours);
        // time off by whole days reads back as its first and last day; a period of hours does not
        expect(wholeDays(start, end, zone)).toEqual({ first: from, last });
        expect(wholeDays(new Date(start.getTime() + 3_600_000), end, zone)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
