import { readFileSync } from 'node:fs';
import path from 'node:path';

type TManifest = { node: Record<string, { filename: string; exportedName: string }> };

/** A server action's id in the current build (.next), as Next's client posts it. */
export function serverActionIdFromBuild(file: string, name: string) {
  const manifest = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../.next/server/server-reference-manifest.json'), 'utf8'),
  ) as TManifest;
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${file}#${name} in the build`);
  return id;
}
