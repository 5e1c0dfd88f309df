'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Opening a conversation marks it read, but the navigation's unread badge belongs to the layout,
 * which a page does not redraw: one refresh once the page is shown brings the badge along.
 */
export function RefreshOnce({ when }: { when: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (when) router.refresh();
  }, [when, router]);
  return null;
}
