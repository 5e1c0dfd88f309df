'use client';
import { useEffect, useRef, useState } from 'react';
import { DismissibleCard, dismissedHere, dismissHere } from '@/components/ui/dismissible-card';

const DISMISSED_COOKIE = 'portico.install-hint';

/** Chrome's install prompt, kept until the client asks for it */
type TInstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };

/**
 * "Add to home screen" on a phone that has not installed the portal: the browser's own install
 * prompt where it offers one, else (iPhone and iPad Safari, which has none) the steps in words.
 * "Not now" keeps it away for 90 days.
 */
export function InstallHint({
  words,
}: {
  words: { title: string; body: string; button: string; ios: string; dismiss: string };
}) {
  const [mode, setMode] = useState<'prompt' | 'ios' | null>(null);
  const prompt = useRef<TInstallPrompt | null>(null);
  useEffect(() => {
    const installed = window.matchMedia('(display-mode: standalone)').matches;
    if (installed || dismissedHere(DISMISSED_COOKIE) || !window.matchMedia('(pointer: coarse)').matches) return;
    const onPrompt = (event: Event) => {
      event.preventDefault();
      prompt.current = event as TInstallPrompt;
      setMode('prompt');
    };
    window.addEventListener('beforeinstallprompt', onPrompt);
    const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) && !('standalone' in navigator && navigator.standalone);
    if (ios) queueMicrotask(() => setMode('ios'));
    return () => window.removeEventListener('beforeinstallprompt', onPrompt);
  }, []);
  if (!mode) return null;
  const install = async () => {
    await prompt.current?.prompt();
    const choice = await prompt.current?.userChoice;
    if (choice?.outcome === 'accepted') setMode(null);
  };
  return (
    <DismissibleCard
      id="install-hint-title"
      title={words.title}
      body={mode === 'ios' ? words.ios : words.body}
      action={
        mode === 'prompt' && (
          <button
            type="button"
            onClick={() => void install()}
            className="min-h-11 rounded-xl bg-accent px-4 font-semibold text-on-accent"
          >
            {words.button}
          </button>
        )
      }
      dismissLabel={words.dismiss}
      onDismiss={() => {
        dismissHere(DISMISSED_COOKIE);
        setMode(null);
      }}
    />
  );
}
