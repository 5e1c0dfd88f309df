import { describe, expect, it } from 'vitest';
import { freeSlotsOfDay, type TSlotInput } from '@/lib/booking/compute-slots';
import { ZWeeklyHours } from '@/lib/business/weekly-hours';

const week = (from: string, to: string) =>
  Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [[from, to]]])) as TSlotInput['openingHours'];

const base: TSlotInput = {
  timezone: 'Europe/Rome',
  openingHours: week('09:00', '12:00'),
  staff: [{ id: 'anna', hours: null }],
  timeOff: [],
  busy: [],
  durationMinutes: 60,
  bufferMinutes: 0,
  stepMinutes: 60,
  earliest: new Date('2026-01-01T00:00:00Z'),
  latest: new Date('2027-12-31T00:00:00Z'),
};
const times = (day: string, input: Partial<TSlotInput> = {}) =>
  freeSlotsOfDay(day, { ...base, ...input }).map((s) => s.startsAt.toISOString());

describe('free slots of a day', () => {
  it('keeps wall-clock opening hours across the autumn daylight-saving change in Rome', () => {
    // Saturday before the change: CEST (UTC+2); Sunday 25 October 2026: CET (UTC+1)
    expect(times('2026-10-24')).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-24T09:00:00.000Z',
    ]);
    expect(times('2026-10-25')).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
    ]);
  });

  it('gives a night shift across the spring change one hour fewer (02:00 to 03:00 does not exist)', () => {
    const night = { openingHours: week('00:00', '06:00') };
    // 29 March 2026 in Rome: clocks go from 02:00 to 03:00, so the night is 5 real hours
    expect(times('2026-03-28', night)).toHaveLength(6);
    expect(times('2026-03-29', night)).toHaveLength(5);
  });

  it('leaves out booked time with both buffers, time off, closures, the notice and the horizon', () => {
    const day = '2026-12-02'; // a Wednesday, CET: 09:00 Rome is 08:00Z
    expect(
      times(day, {
        busy: [
          {
            staffMemberId: 'anna',
            startsAt: new Date('2026-12-02T08:00:00Z'),
            endsAt: new Date('2026-12-02T08:30:00Z'),
          },
        ],
      }),
    ).toEqual(['2026-12-02T09:00:00.000Z', '2026-12-02T10:00:00.000Z']);
    // a 15-minute buffer after our service makes 10:00 collide with an 11:00 booking
    expect(
      times(day, {
        bufferMinutes: 15,
        busy: [
          {
            staffMemberId: 'anna',
            startsAt: new Date('2026-12-02T10:00:00Z'),
            endsAt: new Date('2026-12-02T11:00:00Z'),
          },
        ],
      }),
    ).toEqual(['2026-12-02T08:00:00.000Z']);
    expect(
      times(day, {
        timeOff: [
          { staffMemberId: null, startsAt: new Date('2026-12-02T00:00:00Z'), endsAt: new Date('2026-12-03T00:00:00Z') },
        ],
      }),
    ).toEqual([]);
    expect(times(day, { earliest: new Date('2026-12-02T08:30:00Z') })).toEqual([
      '2026-12-02T09:00:00.000Z',
      '2026-12-02T10:00:00.000Z',
    ]);
    expect(times(day, { latest: new Date('2026-12-02T09:00:00Z') })).toEqual(['2026-12-02T08:00:00.000Z']);
  });

  it('offers a time when any staff member is free, inside their own hours and the opening hours', () => {
    const slots = freeSlotsOfDay('2026-12-02', {
      ...base,
      staff: [
        { id: 'anna', hours: null },
        { id: 'bruno', hours: week('10:00', '18:00') },
      ],
      timeOff: [
        { staffMemberId: 'anna', startsAt: new Date('2026-12-02T10:00:00Z'), endsAt: new Date('2026-12-02T11:00:00Z') },
      ],
    });
    expect(slots.map((s) => [s.startsAt.toISOString(), s.staffIds])).toEqual([
      ['2026-12-02T08:00:00.000Z', ['anna']],
      ['2026-12-02T09:00:00.000Z', ['anna', 'bruno']],
      ['2026-12-02T10:00:00.000Z', ['bruno']],
    ]);
  });

  it('is closed on a weekday without hours', () => {
    expect(times('2026-12-06', { openingHours: { '1': [['09:00', '12:00']] } })).toEqual([]);
  });
});

describe('weekly hours', () => {
  it('refuses an interval that ends before it starts, overlapping intervals and malformed times', () => {
    expect(ZWeeklyHours.safeParse({ '1': [['12:00', '09:00']] }).success).toBe(false);
    expect(
      ZWeeklyHours.safeParse({
        '1': [
          ['09:00', '13:00'],
          ['12:00', '18:00'],
        ],
      }).success,
    ).toBe(false);
    expect(ZWeeklyHours.safeParse({ '1': [['9:00', '13:00']] }).success).toBe(false);
    expect(
      ZWeeklyHours.safeParse({
        '1': [
          ['09:00', '13:00'],
          ['14:00', '24:00'],
        ],
      }).success,
    ).toBe(true);
  });
});
