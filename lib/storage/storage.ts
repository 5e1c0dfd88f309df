import 'server-only';
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { env } from '@/lib/env';

/** Where files live. The local directory is the default; an S3-compatible store can implement the same. */
export type TStorage = {
  read(key: string): Promise<ReadableStream<Uint8Array> | null>;
  write(key: string, data: Uint8Array): Promise<void>;
};

function localPath(root: string, key: string) {
  const file = path.resolve(root, key);
  // keys come from the database, but never let one climb out of the storage root
  if (!file.startsWith(path.resolve(root) + path.sep)) throw new Error('storage key outside the storage directory');
  return file;
}

export function localStorage(root = env().STORAGE_DIR): TStorage {
  return {
    async read(key) {
      const file = localPath(root, key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    },
    async write(key, data) {
      const file = localPath(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
  };
}

export const storage = (): TStorage => localStorage();
