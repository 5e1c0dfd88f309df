'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import type { TResult } from '@/lib/result';

/** Who looks after a conversation: a staff member of the business, or nobody. */
export function AssignForm({
  current,
  members,
  assign,
  words,
}: {
  current: string | null;
  members: { identityId: string; displayName: string }[];
  assign: (assignee: string) => Promise<TResult>;
  words: { label: string; nobody: string; submit: string; done: string; failed: string };
}) {
  const router = useRouter();
  const [value, setValue] = useState(current ?? '');
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await assign(value);
          setNotice(result.ok ? { text: words.done, tone: 'success' } : { text: words.failed, tone: 'error' });
          router.refresh();
        });
      }}
    >
      <SelectField label={words.label} value={value} onChange={(event) => setValue(event.target.value)}>
        <option value="">{words.nobody}</option>
        {members.map((m) => (
          <option key={m.identityId} value={m.identityId}>
            {m.displayName}
          </option>
        ))}
      </SelectField>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900"
      >
        {words.submit}
      </button>
      <FormAlert message={notice?.text} tone={notice?.tone} />
    </form>
  );
}
