import { describe, expect, it } from 'vitest';
import { serviceName } from '@/lib/services/service-name';

// A service is named in the reader's language when the business gave that name (issue 10).
describe('serviceName', () => {
  const service = { name: 'Massage', names: '{"en":"Massage","it":"Massaggio"}' };
  it('uses the reader’s language, else the business’s own name', () => {
    expect(serviceName(service, 'it')).toBe('Massaggio');
    expect(serviceName({ ...service, names: '{"en":"Massage"}' }, 'it')).toBe('Massage');
    expect(serviceName({ ...service, names: 'not json' }, 'it')).toBe('Massage');
    expect(serviceName(null, 'it')).toBeNull();
  });
});
