'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { LanguageSelect } from '@/components/ui/choice-selects';
import { TextField } from '@/components/ui/text-field';
import { applyFailure, useSubmit } from '@/components/ui/use-server-form';
import { CustomFieldInputs } from '@/components/custom-fields/custom-field-inputs';
import type { TFieldInput } from '@/lib/custom-fields/field-rules';
import { updateProfileAction } from '@/lib/actions/profile';
import { ZProfile, type TProfile } from '@/lib/clients/profile-schema';

type Props = {
  portal: string;
  initial: TProfile;
  fields: TFieldInput[];
  languages: { code: string; name: string }[];
  languageHint: string;
};

/** The client's own card: react-hook-form with the shared schema; the server's field errors shown in the same places. */
export function ProfileForm({ portal, initial, fields, languages, languageHint }: Props) {
  const t = useTranslations('profile');
  const tv = useTranslations('portal.viewAs');
  const [message, setMessage] = useState<'saved' | 'refused' | 'invalid' | null>(null);
  const form = useForm<TProfile>({ resolver: zodResolver(ZProfile), defaultValues: initial });
  const error = (name: string) => {
    const path = name.split('.');
    let node: unknown = form.formState.errors;
    for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
    const key = (node as { message?: string } | undefined)?.message;
    return key ? t(`errors.${key as 'required'}`) : undefined;
  };

  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setMessage(null);
    const result = await updateProfileAction(portal, values);
    if (result.ok) return setMessage('saved');
    if (result.error === 'view_only') return setMessage('refused');
    applyFailure(form, result);
    setMessage('invalid');
  });

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      {/* translated when shown: a new language saved here re-renders the page, and the confirmation with it */}
      <FormAlert
        message={message && (message === 'refused' ? tv('refused') : t(message))}
        tone={message === 'saved' ? 'success' : 'error'}
      />
      <TextField
        label={t('firstName')}
        autoComplete="given-name"
        error={error('firstName')}
        {...form.register('firstName')}
      />
      <TextField
        label={t('lastName')}
        autoComplete="family-name"
        error={error('lastName')}
        {...form.register('lastName')}
      />
      <LanguageSelect
        id="profile-locale"
        label={t('language')}
        hint={languageHint}
        {...form.register('locale')}
        languages={languages}
        empty={t('noPreference')}
      />
      <CustomFieldInputs
        fields={fields.filter((f) => f.editableByClient)}
        register={(path) => form.register(path)}
        error={error}
      />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
