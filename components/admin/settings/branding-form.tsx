'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { accentCheck, initials } from '@/lib/format/contrast';
import { ZBrandingSettings, type TBrandingSettings } from '@/lib/business/settings-schemas';
import { SettingsSection } from './settings-section';
import type { TResult } from '@/lib/result';
import { Panel } from '@/components/ui/panel';

type TSave = (section: string, values: unknown) => Promise<TResult>;

/** The portal's home and sign-in as a client sees them on a phone, in the colours being chosen. */
function PhonePreview({ name, accentColor, logoUrl }: { name: string; accentColor: string; logoUrl: string | null }) {
  const t = useTranslations('admin.settings');
  const { accent, onAccent } = accentCheck(/^#[0-9a-fA-F]{6}$/.test(accentColor) ? accentColor : '#4f46e5');
  return (
    <figure className="flex flex-col items-center gap-2">
      <div
        className="w-56 overflow-hidden rounded-[2rem] border-8 border-slate-900 bg-white shadow-lg"
        aria-hidden="true"
      >
        <div className="flex items-center gap-2 p-3" style={{ backgroundColor: accent, color: onAccent }}>
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logoUrl} alt="" className="h-8 w-auto max-w-24 rounded bg-white object-contain" />
          ) : (
            <span
              className="grid size-8 place-items-center rounded text-xs font-bold"
              style={{ backgroundColor: onAccent, color: accent }}
            >
              {initials(name || '?')}
            </span>
          )}
          <span className="truncate text-sm font-semibold">{name || '—'}</span>
        </div>
        <div className="flex flex-col gap-2 p-3 text-xs text-slate-800">
          <p className="font-semibold">{t('previewSignIn')}</p>
          <span className="h-6 rounded border border-slate-300" />
          <span
            className="rounded py-1.5 text-center font-semibold"
            style={{ backgroundColor: accent, color: onAccent }}
          >
            {t('previewButton')}
          </span>
        </div>
      </div>
      <figcaption className="text-sm text-slate-600">{t('preview')}</figcaption>
    </figure>
  );
}

/** Name and accent colour, with the text colour and both contrasts shown, and a live preview. */
export function BrandingSettingsForm({
  initial,
  logoUrl,
  save,
}: {
  initial: TBrandingSettings;
  logoUrl: string | null;
  save: TSave;
}) {
  const t = useTranslations('admin.settings');
  const format = useFormatter();
  const form = useForm<TBrandingSettings>({ resolver: zodResolver(ZBrandingSettings), defaultValues: initial });
  const [name, accentColor] = useWatch({ control: form.control, name: ['name', 'accentColor'] });
  const error = (field: keyof TBrandingSettings) => {
    const key = form.formState.errors[field]?.message;
    return key ? t(`errors.${key as 'tooLong'}`) : undefined;
  };
  const valid = /^#[0-9a-fA-F]{6}$/.test(accentColor ?? '');
  const check = valid ? accentCheck(accentColor) : null;
  const ratio = (n: number) => `${format.number(n, { maximumFractionDigits: 1 })}:1`;
  return (
    <SettingsSection id="branding" title={t('brandingTitle')} form={form} save={(v) => save('branding', v)}>
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <div className="flex flex-col gap-4">
          <TextField label={t('businessName')} error={error('name')} {...form.register('name')} />
          <div className="flex flex-wrap items-end gap-3">
            <TextField
              label={t('accent')}
              hint={t('accentHint')}
              className="max-w-40 font-mono"
              error={error('accentColor')}
              {...form.register('accentColor')}
            />
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t('accentPicker')}
              <input
                type="color"
                value={valid ? accentColor.toLowerCase() : '#4f46e5'}
                onChange={(e) => form.setValue('accentColor', e.target.value, { shouldValidate: true })}
                className="h-11 w-16 cursor-pointer rounded-lg border border-slate-400 bg-white"
              />
            </label>
          </div>
          {check && (
            <dl aria-live="polite" className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t('textOnAccent')}</dt>
              <dd>
                {check.onAccent === '#ffffff' ? t('white') : t('dark')} · {ratio(check.textContrast)}
              </dd>
              <dt className="text-slate-600">{t('accentOnPage')}</dt>
              <dd className={check.pageContrast < 3 ? 'font-semibold text-red-800' : ''}>
                {ratio(check.pageContrast)} · {check.ok ? t('contrastOk') : t('contrastLow')}
              </dd>
            </dl>
          )}
        </div>
        <PhonePreview name={name ?? ''} accentColor={accentColor ?? ''} logoUrl={logoUrl} />
      </div>
    </SettingsSection>
  );
}

/** Upload or remove the logo (PNG, JPEG or WebP up to 2 MB; resized on the server). */
export function LogoForm({
  action,
  logoUrl,
  remove,
}: {
  action: string;
  logoUrl: string | null;
  remove: () => Promise<TResult>;
}) {
  const t = useTranslations('admin.settings');
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ text: t('errors.logoEmpty'), tone: 'error' });
    if (file.size > 2 * 1024 * 1024) return setMessage({ text: t('errors.logoTooLarge'), tone: 'error' });
    startTransition(async () => {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch(action, { method: 'POST', body }).catch(() => null);
      if (response?.ok) {
        setMessage({ text: t('logoSaved'), tone: 'success' });
        if (input.current) input.current.value = '';
        return router.refresh();
      }
      const { error } = (await response?.json().catch(() => null)) ?? { error: 'logoType' };
      setMessage({ text: t(`errors.${error as 'logoType'}`), tone: 'error' });
    });
  };
  return (
    <Panel id="logo" title={t('logoTitle')}>
      <FormAlert message={message?.text} tone={message?.tone} />
      {logoUrl && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoUrl} alt={t('currentLogo')} className="h-16 w-auto max-w-60 self-start object-contain" />
      )}
      <form onSubmit={submit} noValidate className="flex flex-col gap-2">
        <label htmlFor="logo-file" className="text-sm font-medium">
          {t('logoFile')}
        </label>
        <input
          ref={input}
          id="logo-file"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="logo-hint"
          className="min-h-11 text-sm"
        />
        <p id="logo-hint" className="text-sm text-slate-600">
          {t('logoHint')}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" pending={pending} pendingLabel={t('saving')}>
            {t('logoUpload')}
          </Button>
          {logoUrl && (
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  await remove();
                  setMessage({ text: t('logoRemoved'), tone: 'success' });
                  router.refresh();
                })
              }
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-medium"
            >
              {t('logoRemove')}
            </button>
          )}
        </div>
      </form>
    </Panel>
  );
}
