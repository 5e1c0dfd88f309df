// Issue 25 §7: the audit log shows what happened in words, in every language, and a settings
// change with each field's value before and after.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsChanges } from '@/lib/audit/settings-changes';
import { locales } from '@/lib/i18n/locales';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every action the code records: the strings in `action: …` expressions and ACTION constants. */
function recordedActions() {
  const actions = new Set<string>();
  for (const file of [...sources('lib'), ...sources('app')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\baction:\s*([^,}]+)|\bACTION = ('[^']+')/g))
      for (const s of (m[1] ?? m[2]).matchAll(/'([a-z_]+\.[a-z0-9_]+)'/g)) actions.add(s[1]);
  }
  return [...actions];
}

describe('audit log words', () => {
  it('every action the code records has words in all five languages', async () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(90);
    for (const locale of locales) {
      const messages = (await import(`@/messages/${locale}.json`)).default as {
        admin: { audit: { actions: Record<string, Record<string, string>> } };
      };
      const missing = actions.filter((a) => {
        const [family, what] = a.split('.');
        return typeof messages.admin.audit.actions[family]?.[what] !== 'string';
      });
      expect(missing, locale).toEqual([]);
    }
  });

  it('a settings change reads back each field’s value before and after', () => {
    const meta = {
      section: 'legal',
      before: JSON.stringify({ legalName: null, defaultTaxRateBp: 0 }),
      after: JSON.stringify({ legalName: 'Studio S.r.l.', defaultTaxRateBp: 2200 }),
    };
    expect(settingsChanges(meta)).toEqual([
      { field: 'legalName', from: null, to: 'Studio S.r.l.' },
      { field: 'defaultTaxRateBp', from: 0, to: 2200 },
    ]);
    expect(settingsChanges({ section: 'x' })).toEqual([]);
  });
});
