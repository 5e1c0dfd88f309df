'use client';
import { platformAuthenticatorIsAvailable } from '@simplewebauthn/browser';
import Link from 'next/link';
import { useEffect, useState } from 'react';

/** set by "Not now": the offer stays away from this browser for that long */
const DISMISSED_COOKIE = 'portico.passkey-offer';
const DISMISSED_SECONDS = 90 * 24 * 3600;

/**
 * "Next time, sign in with your face or fingerprint" (seed 004's PIN and Face ID): on a phone whose
 * own screen lock can hold a passkey, to a client who has none. The page decides the client has
 * none; the browser decides it is a phone that can. "Not now" keeps it away for 90 days.
 */
export function PasskeyOffer({
  href,
  words,
}: {
  href: string;
  words: { title: string; body: string; add: string; dismiss: string };
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (document.cookie.split('; ').includes(`${DISMISSED_COOKIE}=1`)) return;
    if (!window.matchMedia('(pointer: coarse)').matches) return;
    void platformAuthenticatorIsAvailable().then(setShown);
  }, []);
  if (!shown) return null;
  const dismiss = () => {
    document.cookie = `${DISMISSED_COOKIE}=1; path=/; max-age=${DISMISSED_SECONDS}; samesite=lax`;
    setShown(false);
  };
  return (
    <section
      aria-labelledby="passkey-offer-title"
      className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-slate-200"
    >
      <h2 id="passkey-offer-title" className="text-lg font-semibold">
        {words.title}
      </h2>
      <p className="text-slate-700">{words.body}</p>
      <div className="flex flex-wrap gap-3">
        <Link
          href={href}
          className="inline-flex min-h-11 items-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
        >
          {words.add}
        </Link>
        <button
          type="button"
          onClick={dismiss}
          className="min-h-11 rounded-xl border border-slate-400 bg-white px-4 font-semibold text-slate-900"
        >
          {words.dismiss}
        </button>
      </div>
    </section>
  );
}
