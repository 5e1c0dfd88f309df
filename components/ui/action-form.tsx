'use client';
import { useActionState } from 'react';

type Props = Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action'> & {
  /** a server action; it receives (previous state, the form's data) */
  action: (previous: unknown, formData: FormData) => unknown;
  /** the page the form posts to before scripts load (a real URL: `action=""` is not valid HTML) */
  permalink: string;
};

/**
 * A form that runs a server action, with a real `action` URL in its HTML: React renders a
 * server action's form as `action=""`, which the HTML standard forbids; useActionState's
 * permalink gives the URL, and without JavaScript the form still posts the action there.
 */
export function ActionForm({ action, permalink, children, ...form }: Props) {
  const [, formAction] = useActionState(action, null, permalink);
  return (
    <form {...form} action={formAction}>
      {children}
    </form>
  );
}
