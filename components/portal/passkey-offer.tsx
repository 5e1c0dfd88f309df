'use client';
import { platformAuthenticatorIsAvailable } from '@simplewebauthn/browser';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { DismissibleCard, dismissedHere, dismissHere } from '@/components/ui/dismissible-card';

const DISMISSED_COOKIE = 'portico.passkey-offer';

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
    if (dismissedHere(DISMISSED_COOKIE) || !window.matchMedia('(pointer: coarse)').matches) return;
    void platformAuthenticatorIsAvailable().then(setShown);
  }, []);
  if (!shown) return null;
  return (
    <DismissibleCard
      id="passkey-offer-title"
      title={words.title}
      body={words.body}
      action={
        <Link
          href={href}
          className="inline-flex min-h-11 items-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
        >
          {words.add}
        </Link>
      }
      dismissLabel={words.dismiss}
      onDismiss={() => {
        dismissHere(DISMISSED_COOKIE);
        setShown(false);
      }}
    />
  );
}
