import 'server-only';
import { env } from '@/lib/env';
import { storageFromEnv, type TStorage } from './stores';

export type { TStorage };

let cached: { config: string; store: TStorage } | undefined;

const STORAGE_SETTINGS = [
  'STORAGE_DIR',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const;

/** The app's file store, as the environment configures it (local directory or S3-compatible bucket); one client per configuration. */
export function storage(): TStorage {
  const all = env();
  const settings = Object.fromEntries(STORAGE_SETTINGS.map((key) => [key, all[key]])) as Pick<
    typeof all,
    (typeof STORAGE_SETTINGS)[number]
  >;
  const config = JSON.stringify(settings);
  if (cached?.config !== config) cached = { config, store: storageFromEnv(settings) };
  return cached.store;
}
