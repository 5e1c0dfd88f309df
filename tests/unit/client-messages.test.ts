import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { ADMIN_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

const root = path.resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(root, relative)).isDirectory()) return name === 'generated' ? [] : files(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}
const uses = ['app', 'components', 'lib']
  .flatMap(files)
  .flatMap((file) =>
    [
      ...readFileSync(path.join(root, file), 'utf8').matchAll(/useTranslations\(\s*(?:'([\w.]*)'|"([\w.]*)")?\s*\)/g),
    ].map((match) => ({ file, namespace: (match[1] ?? match[2] ?? '').split('.')[0] })),
  );

describe('the messages sent to the browser', () => {
  it('include every namespace a component reads with useTranslations', () => {
    expect(uses.length).toBeGreaterThan(50);
    const admin = (file: string) => file.startsWith('app/admin/') || file.startsWith('components/admin/');
    const missing = uses.filter(
      ({ file, namespace }) =>
        !(CLIENT_NAMESPACES as readonly string[]).includes(namespace) &&
        !(admin(file) && (ADMIN_NAMESPACES as readonly string[]).includes(namespace)),
    );
    expect(missing).toEqual([]); // an empty namespace would mean the whole catalogue
  });

  it('leave out what only the server reads (emails, the admin on portal pages)', () => {
    const picked = pickMessages(en, CLIENT_NAMESPACES);
    expect(Object.keys(picked)).not.toContain('admin');
    expect(Object.keys(picked)).not.toContain('emails');
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
  });
});
