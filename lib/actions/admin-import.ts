'use server';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { sendWelcome } from '@/lib/auth/welcome';
import { analyzeImport, previewImport, runImport } from '@/lib/import/import-clients';
import { IMPORT_MAX_BYTES } from '@/lib/import/read-csv';
import { formField } from '@/lib/security/form-field';
import { fail, type TFailure } from '@/lib/result';

type TOptions = { mapping: unknown; onDuplicate: 'update' | 'skip' };

async function fileOf(
  formData: unknown,
): Promise<TFailure<'noFile' | 'tooLarge'> | { bytes: Uint8Array; name: string }> {
  const file = formField(formData, 'file');
  if (!(file instanceof File)) return fail('noFile');
  if (file.size > IMPORT_MAX_BYTES) return fail('tooLarge');
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

function optionsOf(formData: unknown): TOptions | null {
  try {
    const mapping: unknown = JSON.parse(String(formField(formData, 'mapping')));
    const onDuplicate = formField(formData, 'onDuplicate') === 'skip' ? 'skip' : 'update';
    return { mapping, onDuplicate };
  } catch {
    return null;
  }
}

/** Step 1: read the file and guess the columns. Nothing is stored. */
export async function analyzeImportAction(businessSlug: string, formData: FormData) {
  return withStaffAction(businessSlug, 'clients.import', async ({ business }) => {
    const file = await fileOf(formData);
    if ('error' in file) return fail(file.error);
    return analyzeImport(business, file.bytes);
  });
}

/** Step 2: every row's outcome with the chosen mapping. Nothing is written. */
export async function previewImportAction(businessSlug: string, formData: FormData) {
  return withStaffAction(businessSlug, 'clients.import', async ({ business }) => {
    const file = await fileOf(formData);
    if ('error' in file) return fail(file.error);
    const options = optionsOf(formData);
    if (!options) return fail('mappingUnknown' as const);
    return previewImport(business, { bytes: file.bytes, ...options });
  });
}

/** Step 3, confirmed by staff: the valid rows in one transaction; welcome emails only if ticked, after the commit. */
export async function runImportAction(businessSlug: string, formData: FormData) {
  return withStaffAction(businessSlug, 'clients.import', async ({ staff, business }) => {
    const file = await fileOf(formData);
    if ('error' in file) return fail(file.error);
    const options = optionsOf(formData);
    if (!options) return fail('mappingUnknown' as const);
    const result = await runImport(business, {
      bytes: file.bytes,
      ...options,
      staffIdentityId: staff.id,
      fileName: file.name,
    });
    if (!result.ok) return result;
    if (formField(formData, 'sendWelcome') === 'on' && result.welcome.length)
      after(async () => {
        for (const clientId of result.welcome)
          await sendWelcome({ businessId: business.id, clientId, staffIdentityId: staff.id }).catch((error: unknown) =>
            console.error('[import] welcome not sent', clientId, error),
          );
      });
    revalidatePath(`/admin/${business.slug}/clients`);
    return { ok: true as const, counts: result.counts, report: result.report };
  });
}
