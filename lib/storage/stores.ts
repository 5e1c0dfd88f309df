// The file stores behind TStorage. Not server-only so the seed script can write the
// demo files where the app will read them; app code uses lib/storage/storage.ts.
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { TEnv } from '@/lib/env-schema';

/** Where files live: a local directory by default, S3-compatible object storage when configured. */
export type TStorage = {
  read(key: string): Promise<ReadableStream<Uint8Array> | null>;
  write(key: string, data: Uint8Array, contentType?: string): Promise<void>;
  /** delete a file (no error when it is already gone) */
  remove(key: string): Promise<void>;
};

function localPath(root: string, key: string) {
  const file = path.resolve(root, key);
  // keys come from the database, but never let one climb out of the storage root
  if (!file.startsWith(path.resolve(root) + path.sep)) throw new Error('storage key outside the storage directory');
  return file;
}

export function localStorage(root: string): TStorage {
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
    async remove(key) {
      await rm(localPath(root, key), { force: true });
    },
  };
}

type TS3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  prefix: string;
};

/**
 * An S3-compatible bucket through the official AWS SDK. Objects are private: the app
 * streams them through its own access-checked routes, never by a public URL.
 */
export function s3Storage(config: TS3Config): TStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // checksums only where the API requires them: S3-compatible stores (MinIO, R2, …) do not all speak the newer default ones
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objectKey = (key: string) => {
    if (key.split('/').some((part) => part === '..' || part === '')) throw new Error('malformed storage key');
    return `${config.prefix}${key}`;
  };
  return {
    async read(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        return object.Body ? object.Body.transformToWebStream() : null;
      } catch (error) {
        if (
          error instanceof S3ServiceException &&
          (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)
        )
          return null;
        throw error;
      }
    },
    async write(key, data, contentType = 'application/octet-stream') {
      await client.send(
        new PutObjectCommand({
          Bucket: config.bucket,
          Key: objectKey(key),
          Body: data,
          ContentLength: data.byteLength,
          ContentType: contentType,
        }),
      );
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
}

/** The store the environment configures: S3 when S3_BUCKET is set, else the local directory. */
export function storageFromEnv(
  env: Pick<
    TEnv,
    | 'STORAGE_DIR'
    | 'S3_BUCKET'
    | 'S3_REGION'
    | 'S3_ENDPOINT'
    | 'S3_ACCESS_KEY_ID'
    | 'S3_SECRET_ACCESS_KEY'
    | 'S3_FORCE_PATH_STYLE'
    | 'S3_PREFIX'
  >,
): TStorage {
  if (!env.S3_BUCKET) return localStorage(env.STORAGE_DIR);
  return s3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
    prefix: env.S3_PREFIX,
  });
}
