import { readFileSync } from 'node:fs';

type TActionManifest = {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
};

/** A server action's id in this build (from its manifest), as a form posting it names it. Run from the repository root. */
export function serverActionId(file: string, name: string) {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as TActionManifest;
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${file}#${name} in the build`);
  return id;
}
