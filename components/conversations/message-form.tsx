'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import type { TMessage } from '@/lib/conversations/schemas';
import { fail, type TResult } from '@/lib/result';

const ERRORS = new Set([
  'empty',
  'tooLong',
  'off',
  'replyOnly',
  'rate_limited',
  'unauthorized',
  'view_only',
  'notFound',
  'forbidden',
  'invalid',
  'attachment',
  'about',
]);
const UPLOAD_ERRORS = new Set([
  'empty',
  'too_large',
  'type',
  'unauthorized',
  'cross_origin',
  'network',
  'view_only',
  'quota_day',
  'quota_total',
  'rate_limited',
]);

/** the text (a message with a file may have none: the server checks the pair again) and what it is about */
const ZText = z.object({ body: z.string().trim().max(5000, { message: 'tooLong' }), about: z.string() });

/**
 * Writing in a conversation: the text, a photo or file (uploaded first with the documents' rules,
 * then sent with the message), "Send", and for staff "Add an internal note" beside it. A refusal in
 * the reader's words; the thread refreshed once sent.
 */
export function MessageForm({
  send,
  note,
  uploadUrl,
  replies = [],
  aboutOptions = [],
  words,
}: {
  send: (values: TMessage) => Promise<TResult>;
  /** staff only: the same text kept as an internal note */
  note?: (values: TMessage) => Promise<TResult>;
  /** where a file is uploaded first (the portal's uploads, or staff's documents for the card) */
  uploadUrl: string;
  /** staff's saved replies (the client's language first): one inserted into the text, to change at will */
  replies?: { id: string; title: string; body: string; language: string }[];
  /** the client's own appointments, invoices and documents the message may be about */
  aboutOptions?: { value: string; label: string }[];
  words: {
    label: string;
    send: string;
    sending: string;
    sent: string;
    addNote?: string;
    noted?: string;
    insert?: string;
    insertNone?: string;
  };
}) {
  const t = useTranslations('conversations');
  const tDocs = useTranslations('documents');
  const router = useRouter();
  const asNote = useRef(false);
  const file = useRef<HTMLInputElement>(null);

  const upload = async (chosen: File): Promise<TResult<{ id: string }>> => {
    const data = new FormData();
    data.set('file', chosen);
    data.set('share', '1');
    try {
      const response = await fetch(uploadUrl, { method: 'POST', body: data });
      const json = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      return response.ok && json.id ? { ok: true, id: json.id } : fail(`upload.${json.error ?? 'network'}`);
    } catch {
      return fail('upload.network');
    }
  };

  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<{ body: string; about: string }, TResult>({
    schema: ZText,
    defaultValues: { body: '', about: '' },
    save: async ({ body, about }) => {
      const chosen = file.current?.files?.[0];
      if (!body.trim() && !chosen) return fail('invalid', { body: 'empty' });
      let documentId: string | undefined;
      if (chosen) {
        const uploaded = await upload(chosen);
        if (!uploaded.ok) return uploaded;
        documentId = uploaded.id;
      }
      return (asNote.current && note ? note : send)({ body, documentId, about: about || undefined });
    },
    onSaved: () => {
      form.reset();
      if (file.current) file.current.value = '';
      router.refresh();
      return asNote.current ? words.noted : words.sent;
    },
    words: (code) =>
      code.startsWith('upload.')
        ? tDocs(`upload.errors.${UPLOAD_ERRORS.has(code.slice(7)) ? (code.slice(7) as 'type') : 'network'}`)
        : t(`errors.${ERRORS.has(code) ? (code as 'empty') : 'failed'}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={message} tone={tone} />
      {replies.length > 0 && words.insert && (
        <SelectField
          label={words.insert}
          value=""
          className="max-w-md"
          onChange={(event) => {
            const reply = replies.find((r) => r.id === event.target.value);
            if (!reply) return;
            const current = form.getValues('body').trim();
            form.setValue('body', current ? `${current}\n\n${reply.body}` : reply.body, { shouldDirty: true });
            form.setFocus('body');
          }}
        >
          <option value="">{words.insertNone}</option>
          {replies.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.language})
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={words.label} rows={4} error={errorAt('body')} {...form.register('body')} />
      {aboutOptions.length > 0 && (
        <SelectField label={t('aboutField')} className="max-w-md" error={errorAt('about')} {...form.register('about')}>
          <option value="">{t('aboutNone')}</option>
          {aboutOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      <Field label={t('attach')} hint={tDocs('upload.hint')}>
        {(control) => (
          <input ref={file} type="file" accept="image/*,.pdf,.doc,.docx,.xls,.xlsx,.odt,.heic" {...control} />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} pendingLabel={words.sending} onClick={() => (asNote.current = false)}>
          {words.send}
        </Button>
        {note && words.addNote && (
          <button
            type="submit"
            disabled={pending}
            onClick={() => (asNote.current = true)}
            className="min-h-12 rounded-xl border border-amber-600 bg-amber-50 px-4 font-semibold text-amber-950"
          >
            {words.addNote}
          </button>
        )}
      </div>
    </form>
  );
}
