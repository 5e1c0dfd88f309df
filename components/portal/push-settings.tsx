'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormAlert } from '@/components/ui/form-alert';
import { PUSH_KINDS, type TPushKind } from '@/lib/messaging/push-kinds';
import type { TResult } from '@/lib/result';

type TState = 'loading' | 'unsupported' | 'install-first' | 'denied' | 'off' | 'on';
type TSubscriptionJSON = { endpoint?: string; keys?: Record<string, string> };

const KIND_WORDS = {
  appointment_reminder: 'kinds.appointmentReminder',
  invoice: 'kinds.invoice',
  document: 'kinds.document',
  message: 'kinds.message',
} as const;

async function sha256Hex(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** the portal's service worker registration, when this browser has one (it may never come) */
const registration = () => navigator.serviceWorker.ready;

/**
 * "Notifications on this device": turn them on (the browser asks), choose which kinds, or turn them
 * off. The page knows this client's browsers by their endpoints' hashes; this browser finds itself
 * among them by hashing its own.
 */
export function PushSettings({
  publicKey,
  known,
  save,
  setKinds,
  remove,
}: {
  publicKey: string;
  known: { endpoint: string; kinds: string[] }[];
  save: (values: { subscription: TSubscriptionJSON; kinds: TPushKind[] }) => Promise<TResult>;
  setKinds: (values: { endpoint: string; kinds: TPushKind[] }) => Promise<TResult>;
  remove: (endpoint: string) => Promise<TResult>;
}) {
  const t = useTranslations('push');
  const [state, setState] = useState<TState>('loading');
  const [kinds, setKindsState] = useState<TPushKind[]>([...PUSH_KINDS]);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
    if (!supported) {
      const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
      queueMicrotask(() => setState(ios ? 'install-first' : 'unsupported'));
      return;
    }
    void (async () => {
      const subscription = await (await registration()).pushManager.getSubscription();
      if (!live) return;
      if (subscription) {
        const hash = await sha256Hex(subscription.endpoint);
        const row = known.find((k) => k.endpoint === hash);
        if (row) {
          setEndpoint(subscription.endpoint);
          setKindsState(row.kinds.filter((k): k is TPushKind => (PUSH_KINDS as readonly string[]).includes(k)));
          setState('on');
          return;
        }
      }
      setState(Notification.permission === 'denied' ? 'denied' : 'off');
    })();
    return () => {
      live = false;
    };
  }, [known]);

  const words = (result: TResult) => {
    if (result.ok) return null;
    // a browser whose push service is not one of the browsers' own is refused by its endpoint
    const code = result.fields?.['subscription.endpoint'] ?? result.error;
    return { text: t(`errors.${ERRORS.has(code) ? (code as 'failed') : 'failed'}`), tone: 'error' as const };
  };

  const turnOn = async () => {
    setMessage(null);
    setPending(true);
    try {
      if ((await Notification.requestPermission()) !== 'granted') return setState('denied');
      const subscription = await (
        await registration()
      ).pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
      const json = subscription.toJSON() as TSubscriptionJSON;
      const result = await save({ subscription: json, kinds: [...PUSH_KINDS] });
      if (!result.ok) {
        await subscription.unsubscribe();
        return setMessage(words(result));
      }
      setEndpoint(subscription.endpoint);
      setKindsState([...PUSH_KINDS]);
      setState('on');
      setMessage({ text: t('turnedOn'), tone: 'success' });
    } catch {
      setMessage({ text: t('errors.failed'), tone: 'error' });
    } finally {
      setPending(false);
    }
  };

  const saveKinds = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!endpoint) return;
    setPending(true);
    const result = await setKinds({ endpoint, kinds });
    setPending(false);
    setMessage(result.ok ? { text: t('saved'), tone: 'success' } : words(result));
  };

  const turnOff = async () => {
    if (!endpoint) return;
    setPending(true);
    const subscription = await (await registration()).pushManager.getSubscription();
    await subscription?.unsubscribe();
    await remove(endpoint);
    setPending(false);
    setEndpoint(null);
    setState('off');
    setMessage({ text: t('turnedOff'), tone: 'success' });
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-700">{t('lead')}</p>
      <FormAlert message={message?.text} tone={message?.tone} />
      {state === 'unsupported' && <p>{t('unsupported')}</p>}
      {state === 'install-first' && <p>{t('installFirst')}</p>}
      {state === 'denied' && <p>{t('denied')}</p>}
      {state === 'off' && (
        <Button
          type="button"
          onClick={() => void turnOn()}
          pending={pending}
          pendingLabel={t('turningOn')}
          className="self-start"
        >
          {t('turnOn')}
        </Button>
      )}
      {state === 'on' && (
        <form onSubmit={(event) => void saveKinds(event)} className="flex flex-col gap-2">
          <fieldset className="flex flex-col">
            <legend className="font-medium">{t('kindsLegend')}</legend>
            {PUSH_KINDS.map((kind) => (
              <CheckboxField
                key={kind}
                label={t(KIND_WORDS[kind])}
                checked={kinds.includes(kind)}
                onChange={(event) =>
                  setKindsState((current) =>
                    event.target.checked ? [...current, kind] : current.filter((k) => k !== kind),
                  )
                }
              />
            ))}
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" pending={pending} pendingLabel={t('saving')}>
              {t('save')}
            </Button>
            <button
              type="button"
              onClick={() => void turnOff()}
              disabled={pending}
              className="min-h-12 rounded-xl border border-slate-400 bg-white px-4 font-semibold text-slate-900"
            >
              {t('turnOff')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

const ERRORS = new Set(['endpoint', 'invalid', 'notFound', 'unauthorized', 'view_only']);
