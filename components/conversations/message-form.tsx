'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZMessage, type TMessage } from '@/lib/conversations/schemas';
import type { TResult } from '@/lib/result';

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
]);

/**
 * Writing in a conversation: the text, "Send", and for staff "Add an internal note" beside it. The
 * zod schema the server checks again; a refusal in the reader's words; the thread refreshed once sent.
 */
export function MessageForm({
  send,
  note,
  words,
}: {
  send: (values: TMessage) => Promise<TResult>;
  /** staff only: the same text kept as an internal note */
  note?: (values: TMessage) => Promise<TResult>;
  words: { label: string; send: string; sending: string; sent: string; addNote?: string; noted?: string };
}) {
  const t = useTranslations('conversations');
  const router = useRouter();
  const asNote = useRef(false);
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TMessage, TResult>({
    schema: ZMessage,
    defaultValues: { body: '' },
    save: (values) => (asNote.current && note ? note(values) : send(values)),
    onSaved: () => {
      form.reset();
      router.refresh();
      return asNote.current ? words.noted : words.sent;
    },
    words: (code) => t(`errors.${ERRORS.has(code) ? (code as 'empty') : 'failed'}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={message} tone={tone} />
      <TextAreaField label={words.label} rows={4} error={errorAt('body')} {...form.register('body')} />
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
