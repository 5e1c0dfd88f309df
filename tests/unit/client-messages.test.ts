import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { ADMIN_NAMESPACES, BASE_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

const root = path.resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(root, relative)).isDirectory()) return name === 'generated' ? [] : files(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const USE_TRANSLATIONS = /useTranslations\(\s*(?:'([\w.]*)'|"([\w.]*)")?\s*\)/g;
const uses = ['app', 'components', 'lib'].flatMap(files).flatMap((file) =>
  [...read(file).matchAll(USE_TRANSLATIONS)].map((match) => ({
    file,
    namespace: (match[1] ?? match[2] ?? '').split('.')[0],
  })),
);

/** a module of ours that `from '…'` names, as a path from the root (packages: null) */
function resolveImport(from: string, specifier: string) {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].find(
    (ext) => existsSync(path.join(root, base + ext)) && statSync(path.join(root, base + ext)).isFile(),
  );
  return found === undefined ? null : base + found;
}

/** the namespaces the client components a module renders (what it imports, transitively) read */
function clientNamespaces(file: string, inClient = false, seen = new Set<string>(), found = new Set<string>()) {
  if (seen.has(`${file}:${inClient}`)) return found;
  seen.add(`${file}:${inClient}`);
  const source = read(file);
  const client = inClient || /^\s*['"]use client['"]/.test(source);
  if (client) for (const match of source.matchAll(USE_TRANSLATIONS)) found.add((match[1] ?? '').split('.')[0]);
  for (const [, specifier] of source.matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)) {
    const target = resolveImport(file, specifier);
    if (target) clientNamespaces(target, client, seen, found);
  }
  return found;
}

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

  it('reach each page that needs them: every page outside the admin names what its client components read', () => {
    const routes = files('app').filter(
      (file) => !file.startsWith('app/admin/') && /\/(page|layout|error|not-found|template)\.tsx$/.test(file),
    );
    const wrong = routes.flatMap((file) => {
      const needed = [...clientNamespaces(file)].filter((n) => !(BASE_NAMESPACES as readonly string[]).includes(n));
      const named = /withClientMessages\(\s*\[([^\]]*)\]/.exec(read(file))?.[1] ?? '';
      const missing = needed.filter((n) => !named.includes(`'${n}'`));
      return missing.length ? [`${file}: ${missing.join(', ')}`] : [];
    });
    expect(routes.length).toBeGreaterThan(30);
    // the analysis finds what it should: the schedule's cancel button reads `schedule`
    expect([...clientNamespaces('app/p/[portal]/schedule/page.tsx')]).toContain('schedule');
    expect(wrong).toEqual([]);
  });

  it('leave out what only the server reads (emails, the admin on portal pages)', () => {
    const picked = pickMessages(en, CLIENT_NAMESPACES);
    expect(Object.keys(picked)).not.toContain('admin');
    expect(Object.keys(picked)).not.toContain('emails');
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
    expect(JSON.stringify(pickMessages(en, BASE_NAMESPACES)).length).toBeLessThan(2000);
  });
});
