'use client';
import { useEffect, useRef, useState } from 'react';

const DISMISSED_COOKIE = 'portico.install-hint';
const DISMISSED_SECONDS = 90 * 24 * 3600;

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
    const dismissed = document.cookie.split('; ').includes(`${DISMISSED_COOKIE}=1`);
    if (installed || dismissed || !window.matchMedia('(pointer: coarse)').matches) return;
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
  const dismiss = () => {
    document.cookie = `${DISMISSED_COOKIE}=1; path=/; max-age=${DISMISSED_SECONDS}; samesite=lax`;
    setMode(null);
  };
  const install = async () => {
    await prompt.current?.prompt();
    const choice = await prompt.current?.userChoice;
    if (choice?.outcome === 'accepted') setMode(null);
  };
  return (
    <section
      aria-labelledby="install-hint-title"
      className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-slate-200"
    >
      <h2 id="install-hint-title" className="text-lg font-semibold">
        {words.title}
      </h2>
      <p className="text-slate-700">{mode === 'ios' ? words.ios : words.body}</p>
      <div className="flex flex-wrap gap-3">
        {mode === 'prompt' && (
          <button
            type="button"
            onClick={() => void install()}
            className="min-h-11 rounded-xl bg-accent px-4 font-semibold text-on-accent"
          >
            {words.button}
          </button>
        )}
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
