import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fail, invalid, invalidInput, Refusal, refusalResponse } from '@/lib/result';
import { lintText } from './lint-text';

describe('one result shape', () => {
  it('says a refusal with its code, and field errors only where there are some', () => {
    expect(fail('notFound')).toEqual({ ok: false, error: 'notFound' });
    expect(fail('invalid', { email: 'emailTaken' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { email: 'emailTaken' },
    });
    // a check of the whole form gives the refusal its code; the fields keep theirs
    expect(invalid({ form: 'setupClosed' })).toEqual({ ok: false, error: 'setupClosed' });
    expect(invalid({ form: 'notOpen', amount: 'amount' })).toEqual({
      ok: false,
      error: 'notOpen',
      fields: { amount: 'amount' },
    });
    expect(invalid({ phone: 'phoneInvalid' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { phone: 'phoneInvalid' },
    });
  });

  it('turns a schema’s issues into field codes by path, the first for each', () => {
    const schema = z.object({
      name: z.string().min(1, { message: 'nameRequired' }).max(3, { message: 'tooLong' }),
      lines: z.array(z.object({ quantity: z.number().positive({ message: 'quantityPositive' }) })),
    });
    const parsed = schema.safeParse({ name: '', lines: [{ quantity: 1 }, { quantity: -1 }] });
    expect(parsed.success).toBe(false);
    expect(invalidInput(parsed.error!)).toEqual({
      ok: false,
      error: 'invalid',
      fields: { name: 'nameRequired', 'lines.1.quantity': 'quantityPositive' },
    });
  });

  it('carries a refusal out of a transaction as the failure it names', () => {
    const refusal = new Refusal(fail('creditTooLarge'));
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.failure).toEqual({ ok: false, error: 'creditTooLarge' });
  });

  it('answers a route handler’s refusal with the status its code means', async () => {
    const statuses = (code: string, own?: Record<string, number>) => refusalResponse(fail(code), own).status;
    expect([statuses('unauthorized'), statuses('forbidden'), statuses('notFound'), statuses('too_large')]).toEqual([
      401, 403, 404, 413,
    ]);
    expect([statuses('type'), statuses('rate_limited'), statuses('cross_origin'), statuses('empty')]).toEqual([
      415, 429, 403, 400,
    ]);
    expect(statuses('quota_day', { quota_day: 429 })).toBe(429);
    expect(await refusalResponse(fail('empty')).json()).toEqual({ error: 'empty' });
  });

  it('makes the linter fail a hand-made refusal in lib/', async () => {
    const lint = lintText('no-restricted-syntax');
    const messages = (code: string) => lint('lib/clients/example.ts', code);
    expect(
      await messages("export function f(x: boolean) {\n  if (x) return { error: 'notFound' };\n  return null;\n}\n"),
    ).toEqual([expect.stringContaining('fail(code)')]);
    expect(await messages("export const f = () => ({ ok: false, errors: { email: 'emailTaken' } });\n")).toEqual([
      expect.stringContaining('invalid(fields)'),
    ]);
    expect(await messages('export class Gone extends Error {}\n')).toEqual([expect.stringContaining('Refusal')]);
    expect(
      await messages(
        "import { fail } from '@/lib/result';\nexport function f(x: boolean) {\n  return x ? { ok: true as const } : fail('notFound');\n}\n",
      ),
    ).toEqual([]);
  }, 60_000);
});
