// Issue 25 §7: words a business reads every day, in every language.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import it_ from '@/messages/it.json';

const catalogues = { en, it: it_, es, fr, de };

describe('the admin’s words', () => {
  it('says who cancelled an appointment as the language says it ("dal cliente", never "da il cliente")', () => {
    const t = (locale: keyof typeof catalogues) =>
      createTranslator({ locale, messages: catalogues[locale], namespace: 'admin.schedule.detail' });
    expect(t('it')('cancelledBy', { who: 'client', reason: 'influenza' })).toBe('Annullato dal cliente: influenza');
    expect(t('it')('cancelledBy', { who: 'staff', reason: 'chiuso' })).toBe('Annullato dallo staff: chiuso');
    expect(t('en')('cancelledBy', { who: 'client', reason: 'flu' })).toBe('Cancelled by the client: flu');
    for (const locale of Object.keys(catalogues) as (keyof typeof catalogues)[])
      for (const who of ['client', 'staff'])
        expect(t(locale)('cancelledBy', { who, reason: 'r' })).not.toMatch(/\bda il\b|\{/);
  });

  it('names the button that voids an invoice for what it does, not "Cancel"', () => {
    expect(it_.admin.invoices.detail.void).toBe('Annulla fattura');
    expect(en.admin.invoices.detail.void).toBe('Void invoice');
    for (const c of Object.values(catalogues))
      expect(c.admin.invoices.detail.void).not.toBe(c.admin.invoices.detail.cancel);
  });
});
