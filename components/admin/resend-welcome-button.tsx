'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  /** the server action, bound to the business and the card */
  resend: () => Promise<{ ok: boolean; error?: string } | { error: string }>;
  email: string;
};

/** "Resend welcome email" (seed 002), while the client has never signed in: the earlier link stops working. */
export function ResendWelcomeButton({ resend, email }: Props) {
  const t = useTranslations('admin.client');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await resend();
            setMessage(
              'ok' in result && result.ok
                ? { text: t('welcomeSent', { email }), tone: 'success' }
                : { text: t('actionFailed'), tone: 'error' },
            );
          })
        }
        className="min-h-11 self-start rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
      >
        {t('resendWelcome')}
      </button>
      <FormAlert message={message?.text} tone={message?.tone} />
    </div>
  );
}
