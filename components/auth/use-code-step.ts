'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { CODE_TTL_MS, RESEND_AFTER_MS } from '@/lib/auth/codes/limits';

type TSent = { identifier: string; masked: string };
type TStored = TSent & { sentAt: number };

const noSubscription = () => () => {};

/**
 * The "we have sent a code" step of a code flow, kept in this tab's sessionStorage so that a
 * reload (or a phone switching to its messages app and back) returns to the code field while
 * the code can still work. The resend countdown counts from the last request made in this tab,
 * whatever the address: the page never claims a send the server's resend window would skip.
 */
export function useCodeStep(flow: string) {
  const key = `portico.code-step.${flow}`;
  // what this tab stored before a reload (nothing on the server: the first step renders there)
  const raw = useSyncExternalStore(
    noSubscription,
    () => sessionStorage.getItem(key),
    () => null,
  );
  // what happened since this page loaded: undefined = nothing yet, null = back to the first step
  const [live, setLive] = useState<TStored | null | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const stored = live === undefined ? parse(raw) : live;
  const fresh = stored && now - stored.sentAt < CODE_TTL_MS ? stored : null;
  const lastSentAt = live === null ? (parse(raw)?.sentAt ?? lastSent.get(key) ?? 0) : (stored?.sentAt ?? 0);
  const seconds = Math.max(0, Math.ceil((lastSentAt + RESEND_AFTER_MS - now) / 1000));

  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [seconds, now]);

  const setSent = useCallback(
    (next: TSent) => {
      const value = { ...next, sentAt: Date.now() };
      sessionStorage.setItem(key, JSON.stringify(value));
      lastSent.set(key, value.sentAt);
      setNow(value.sentAt);
      setLive(value);
    },
    [key],
  );
  /** "Use another address": back to the first step; the countdown goes on. */
  const back = useCallback(() => {
    if (stored) lastSent.set(key, stored.sentAt);
    setLive(null);
  }, [key, stored]);
  /** The code is being used: a reload after it worked must not come back to the code field. */
  const forget = useCallback(() => {
    if (stored) setLive(stored); // the step stays on screen while the code is checked
    sessionStorage.removeItem(key);
  }, [key, stored]);
  /** The code was refused: the step is kept again, with its own send time. */
  const restore = useCallback(() => {
    if (stored) sessionStorage.setItem(key, JSON.stringify(stored));
  }, [key, stored]);
  const sent = fresh && live !== null ? { identifier: fresh.identifier, masked: fresh.masked } : null;
  return { sent, setSent, back, forget, restore, seconds };
}

// the last send of each flow in this tab, kept when the person goes back to the first step
const lastSent = new Map<string, number>();

function parse(raw: string | null): TStored | null {
  try {
    const value = JSON.parse(raw ?? 'null') as TStored | null;
    return value && typeof value.identifier === 'string' && typeof value.sentAt === 'number' ? value : null;
  } catch {
    return null;
  }
}
