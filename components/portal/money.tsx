import { getFormatter } from 'next-intl/server';
import { toMajor } from '@/lib/format/money';

/** An amount in minor units, in its own currency, formatted for the reader's locale. */
export async function Money({ minor, currency }: { minor: number; currency: string }) {
  const format = await getFormatter();
  return <>{format.number(toMajor(minor, currency), { style: 'currency', currency })}</>;
}
