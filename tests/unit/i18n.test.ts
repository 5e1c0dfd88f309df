import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageName, locales, messageLocale, recipientLocale } from '@/lib/i18n/locales';
import { resolveLocale } from '@/lib/i18n/resolve-locale';

const dir = path.join(import.meta.dirname, '../../messages');
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('message catalogues', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('lists exactly the catalogue files as supported locales', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...locales].sort());
  });

  it.each(files)('%s has every English key and no empty string', (file) => {
    const en = keys(JSON.parse(readFileSync(path.join(dir, 'en.json'), 'utf8')));
    const other = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    expect(keys(other).sort()).toEqual(en.sort());
    expect(JSON.stringify(other)).not.toContain('""');
  });
});

describe('resolveLocale', () => {
  it('prefers the switcher cookie, then Accept-Language, then the business default', () => {
    expect(resolveLocale({ cookie: 'it', acceptLanguage: 'en-GB', businessDefault: 'en' })).toBe('it');
    expect(resolveLocale({ acceptLanguage: 'it-IT,it;q=0.9,en;q=0.5', businessDefault: 'en' })).toBe('it-IT');
    expect(resolveLocale({ acceptLanguage: 'pt-PT,en;q=0.5', businessDefault: 'it' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'pt-PT', businessDefault: 'it' })).toBe('it');
    expect(resolveLocale({ businessDefault: 'it' })).toBe('it');
  });

  it('speaks every catalogue language the browser asks for, with its region', () => {
    expect(resolveLocale({ acceptLanguage: 'de-AT,de;q=0.9', businessDefault: 'it' })).toBe('de-AT');
    expect(resolveLocale({ acceptLanguage: 'fr-CA', businessDefault: 'en' })).toBe('fr-CA');
    expect(resolveLocale({ acceptLanguage: 'es', businessCountry: 'ES' })).toBe('es-ES');
  });

  it('keeps the reader’s region for dates and money, else the business’s country', () => {
    expect(resolveLocale({ acceptLanguage: 'en-GB,en;q=0.8' })).toBe('en-GB');
    expect(resolveLocale({ acceptLanguage: 'en-US', businessCountry: 'GB' })).toBe('en-US');
    expect(resolveLocale({ acceptLanguage: 'en', businessCountry: 'GB' })).toBe('en-GB');
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'it-IT,en-AU;q=0.5', businessCountry: 'IT' })).toBe('en-AU');
    expect(resolveLocale({ businessDefault: 'it', businessCountry: 'IT' })).toBe('it-IT');
    expect(resolveLocale({ businessDefault: 'it', businessCountry: 'x1' })).toBe('it');
  });

  it('ignores unsupported or forged cookie values', () => {
    expect(resolveLocale({ cookie: '../../etc/passwd', businessDefault: 'it' })).toBe('it');
    expect(resolveLocale({ cookie: 'xx', acceptLanguage: null, businessDefault: null })).toBe('en');
  });

  it('maps a full locale to its catalogue language', () => {
    expect(messageLocale('en-GB')).toBe('en');
    expect(messageLocale('it-CH')).toBe('it');
    expect(messageLocale('xx-YY')).toBe('en');
  });

  it('names each language in itself', () => {
    expect(languageName('it')).toBe('Italiano');
    expect(languageName('en')).toBe('English');
    expect(locales.map(languageName)).toEqual(['English', 'Italiano', 'Español', 'Français', 'Deutsch']);
  });
});

describe('recipientLocale', () => {
  it('writes to someone in their language, else the business’s, else English', () => {
    expect(recipientLocale('fr', { defaultLocale: 'it' })).toBe('fr');
    expect(recipientLocale(null, { defaultLocale: 'it' })).toBe('it');
    expect(recipientLocale('pt', { defaultLocale: 'de' })).toBe('de');
    expect(recipientLocale(undefined, { defaultLocale: 'xx' })).toBe('en');
  });
});
