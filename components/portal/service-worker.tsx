'use client';
import { useEffect } from 'react';

/**
 * Registers the portal's service worker (app/p/[portal]/sw.js): the installable portal's shell and
 * its offline page. It stores no page and no data (lib/branding/service-worker-script.ts).
 */
export function PortalServiceWorker({ portal }: { portal: string }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register(`/p/${portal}/sw.js`, { scope: `/p/${portal}/` }).catch(() => undefined);
  }, [portal]);
  return null;
}
