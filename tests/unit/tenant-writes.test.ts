import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A row a business owns (its model has a required businessId) is updated or deleted only with the
// business in the write's own `where`, as reads already are: a check made earlier by id cannot be
// undone by a later write that finds the row by id alone (ARCHITECTURE.md, "The admin").
const root = path.resolve(import.meta.dirname, '../..');
const WRITES = /\b\w+\.(\w+)\.(update|updateMany|delete|deleteMany|upsert)\(/g;

/** Prisma's client names (`client`, `pageAccess`) of the models with a required businessId. */
function tenantModels() {
  const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /^\s+businessId\s+String\s/m.test(body))
    .map(([, name]) => name[0].toLowerCase() + name.slice(1));
}

/** The text from an opening bracket at `start` to its closing one. */
function bracketed(text: string, start: number) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if ('({['.includes(text[i])) depth++;
    else if (')}]'.includes(text[i]) && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

function libFiles(dir = 'lib'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return rel === 'lib/generated' ? [] : libFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** "file:line model.write" for every write on a business's row whose where does not name the business. */
function writesWithoutTenant(files: { file: string; text: string }[], models: string[]) {
  const found: string[] = [];
  for (const { file, text } of files)
    for (const match of text.matchAll(WRITES)) {
      const [, model, write] = match;
      if (!models.includes(model)) continue;
      const call = bracketed(text, match.index + match[0].length - 1);
      const where = /\bwhere:\s*\{/.exec(call);
      const scoped = where !== null && /\bbusinessId\b/.test(bracketed(call, where.index + where[0].length - 1));
      if (!scoped) found.push(`${file}:${text.slice(0, match.index).split('\n').length} ${model}.${write}`);
    }
  return found;
}

describe('writes on a business’s rows', () => {
  const models = tenantModels();

  it('reads the tenant-owned models from the schema', () => {
    expect(models).toEqual(expect.arrayContaining(['client', 'invoice', 'pageAccess', 'document']));
    expect(models).not.toContain('identity');
    expect(models).not.toContain('oneTimeCode'); // a code may be a platform one, with no business
  });

  it('names the business in the where of every update and delete in lib/', () => {
    const files = libFiles().map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
    expect(writesWithoutTenant(files, models)).toEqual([]);
  });

  it('catches a write that finds the row by id alone', () => {
    const text = [
      'await tx.pageAccess.update({ where: { id: access.id }, data });',
      'await tx.pageAccess.update({ where: { id: access.id, businessId }, data });',
      'await db.client.deleteMany({ where: { id: { in: ids } } });',
      'await db.identity.update({ where: { id }, data });',
    ].join('\n');
    expect(writesWithoutTenant([{ file: 'x.ts', text }], models)).toEqual([
      'x.ts:1 pageAccess.update',
      'x.ts:3 client.deleteMany',
    ]);
  });
});
