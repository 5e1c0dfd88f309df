// The first gate's 400 for action bodies Next would answer with a 500 (issue 24, finding 5).
import { describe, expect, it } from 'vitest';
import { isUnreadableAction } from '@/lib/security/unreadable-action';

const json = (body: string) =>
  new Request('http://localhost/p/demo', {
    method: 'POST',
    headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' },
    body,
  });
const multipart = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request('http://localhost/p/demo', { method: 'POST', headers: { 'next-action': 'abc' }, body: form });
};

describe('an action body the first gate refuses', () => {
  it('reads what our forms send: plain values, escaped dollars, dates, undefined, BigInt, temporary references', async () => {
    expect(await isUnreadableAction(json(JSON.stringify(['demo', { identifier: 'a@b.it', remember: false }])))).toBe(
      false,
    );
    expect(
      await isUnreadableAction(
        json('["$$5 off", "$D2026-12-07T10:00:00.000Z", "$undefined", "$n12", "$T", "$-0", "$NaN"]'),
      ),
    ).toBe(false);
    expect(await isUnreadableAction(multipart({ '0': '["$K1"]', '1_file': 'x', '1_title': 'y' }))).toBe(false);
    // a form with no field at all (a lone button) is a FormData with no entries
    expect(await isUnreadableAction(multipart({ '0': '["$K1"]' }))).toBe(false);
    expect(await isUnreadableAction(multipart({ '0': '["$Q2"]', '2': '[]' }))).toBe(false);
  });

  it('refuses a 20,000-deep JSON body and references to parts the body does not carry', async () => {
    expect(await isUnreadableAction(json('['.repeat(20_000) + ']'.repeat(20_000)))).toBe(true);
    expect(await isUnreadableAction(json('{"a":'.repeat(100) + '1' + '}'.repeat(100)))).toBe(true);
    expect(await isUnreadableAction(json('["$Q1", "x"]'))).toBe(true);
    expect(await isUnreadableAction(json('["$B1"]'))).toBe(true);
    expect(await isUnreadableAction(json('[{"a":"$1"}]'))).toBe(true);
    expect(await isUnreadableAction(json('["$@a"]'))).toBe(true);
    expect(await isUnreadableAction(multipart({ '0': '["$Q3"]', '2': '[]' }))).toBe(true);
    expect(await isUnreadableAction(json('[1,'))).toBe(true);
  });

  it('leaves requests that are not actions alone', async () => {
    const page = new Request('http://localhost/p/demo', { method: 'POST', body: '["$Q1"]' });
    expect(await isUnreadableAction(page)).toBe(false);
  });
});
