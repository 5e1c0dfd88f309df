import { describe, expect, it } from 'vitest';
import { timeZoneLabel } from '@/lib/time/time-zone-label';

describe('timezones as people say them', () => {
  it('uses the generic name in the reader’s language, never the IANA id', () => {
    expect(timeZoneLabel('en-GB', 'Europe/Rome')).toBe('Central European Time');
    expect(timeZoneLabel('it-IT', 'Europe/Rome')).toBe('Ora dell’Europa centrale');
    expect(timeZoneLabel('en-GB', 'Europe/London')).not.toContain('/');
  });
});
