'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { TResult } from '@/lib/result';

/** Close or reopen a conversation: one button, the thread refreshed after. */
export function ConversationStatusButton({ label, action }: { label: string; action: () => Promise<TResult> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={() =>
        startTransition(async () => {
          await action();
          router.refresh();
        })
      }
      className="min-h-11 self-start rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900"
    >
      {label}
    </button>
  );
}
