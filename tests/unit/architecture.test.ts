import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from './lint-text';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.config.mjs';

// The layers of lib/ (ARCHITECTURE.md, "Layers"), read from the lint configuration that enforces them.
const root = path.resolve(import.meta.dirname, '../..');
const homes = layers.flatMap((layer) => layer.paths);

/** The layer path (a folder or a top-level file of lib/) a repository file belongs to. */
const homeOf = (file: string) => homes.find((home) => file === home || file.startsWith(`${home}/`));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return rel === 'lib/generated' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Folder-to-folder imports inside lib/: "lib/invoices" → Set{"lib/format", …}. */
function homeGraph() {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles('lib')) {
    const from = homeOf(file)!;
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      const target = spec.startsWith('@/')
        ? spec.slice(2)
        : spec.startsWith('.')
          ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
          : null;
      const to = target && (homeOf(target) ?? homeOf(`${target}.ts`));
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

describe('lib/ layers', () => {
  it('gives every folder and top-level file of lib/ exactly one layer', () => {
    const entries = readdirSync(path.join(root, 'lib'), { withFileTypes: true })
      .filter((e) => e.isDirectory() || /\.tsx?$/.test(e.name))
      .map((e) => `lib/${e.name}`);
    expect(entries.filter((entry) => !homes.includes(entry))).toEqual([]);
    expect(homes.filter((home, i) => homes.indexOf(home) !== i)).toEqual([]);
  });

  it('has no loop between folders, inside a layer either', () => {
    const graph = homeGraph();
    const loops: string[] = [];
    // depth-first search: a folder met again on the current path closes a loop
    const walk = (node: string, trail: string[], done: Set<string>) => {
      if (trail.includes(node)) return void loops.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
      if (done.has(node)) return;
      done.add(node);
      for (const next of graph.get(node) ?? []) walk(next, [...trail, node], done);
    };
    const done = new Set<string>();
    for (const node of graph.keys()) walk(node, [], done);
    expect(loops).toEqual([]);
  });

  it('makes the linter fail an import from a higher layer, and pass one from a lower layer', async () => {
    const lint = lintText('import/no-restricted-paths');
    const wrongWay = await lint(
      'lib/format/example.ts',
      "import { requireStaff } from '@/lib/auth/guards/require-staff';\nexport const x = requireStaff;\n",
    );
    expect(wrongWay).toEqual([expect.stringContaining('platform does not import from a higher layer')]);
    const rightWay = await lint(
      'lib/invoices/example.ts',
      "import { formatPhone } from '@/lib/format/phone';\nexport const x = formatPhone;\n",
    );
    expect(rightWay).toEqual([]);
  }, 60_000);
});
