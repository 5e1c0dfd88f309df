'use server';
import { fail, invalid } from '@/lib/result';
import { revalidatePath } from 'next/cache';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { requestIp } from '@/lib/request-ip';
import { confirmContactChange, startContactChange } from '@/lib/clients/contact-change';
import {
  CONTACT_KINDS,
  ZContactConfirm,
  ZContactStart,
  type TContactConfirm,
  type TContactKind,
  type TContactStart,
} from '@/lib/clients/contact-change-schema';

const fieldErrors = (issues: { path: PropertyKey[]; message: string }[]) =>
  invalid(Object.fromEntries(issues.map((i) => [String(i.path[0]), i.message])));

/** Step 1: a fresh proof (password, or a code to the current address) and a code sent to the new address. */
export async function startContactChangeAction(portal: string, kind: TContactKind, values: TContactStart) {
  return withPortalClient(portal, async ({ business, client }) => {
    if (!CONTACT_KINDS.includes(kind)) return fail('failed');
    const parsed = ZContactStart.safeParse(values);
    if (!parsed.success) return fieldErrors(parsed.error.issues);
    return startContactChange({
      business,
      card: client,
      kind,
      input: parsed.data.value,
      password: parsed.data.password || undefined,
      ip: await requestIp(),
    });
  });
}

/** Step 2: the code(s); only now does the card change, and the old address is told. */
export async function confirmContactChangeAction(portal: string, values: TContactConfirm) {
  const result = await withPortalClient(portal, async ({ business, client }) => {
    const parsed = ZContactConfirm.safeParse(values);
    if (!parsed.success) return fieldErrors(parsed.error.issues);
    const confirmed = await confirmContactChange({
      business,
      card: client,
      code: parsed.data.code,
      proofCodeInput: parsed.data.proofCode,
    });
    return confirmed.ok ? { ok: true as const, kind: confirmed.kind } : confirmed;
  });
  if ('ok' in result && result.ok) revalidatePath(`/p/${portal}/profile`);
  return result;
}
