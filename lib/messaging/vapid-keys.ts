import 'server-only';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { appUrl, env } from '@/lib/env';

type TVapid = { publicKey: string; privateKey: string; subject: string };
let made: TVapid | undefined;

/**
 * The server's Web Push identity (VAPID): the configured key pair, else one made once and kept in
 * the data folder (`vapid-keys.json` beside STORAGE_DIR, readable by its owner only) so that the
 * browsers' subscriptions outlive a restart. The subject is VAPID_SUBJECT, else the public address.
 */
export function vapidKeys(): TVapid {
  const config = env();
  const url = appUrl();
  const subject = config.VAPID_SUBJECT ?? (url.startsWith('https:') ? url : 'mailto:no-reply@portico.localhost');
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY)
    return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY, subject };
  if (!made) {
    const file = path.join(path.dirname(path.resolve(config.STORAGE_DIR)), 'vapid-keys.json');
    if (existsSync(file)) made = { ...(JSON.parse(readFileSync(file, 'utf8')) as TVapid), subject };
    else {
      const keys = webpush.generateVAPIDKeys();
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
      chmodSync(file, 0o600);
      made = { ...keys, subject };
    }
  }
  return { ...made, subject };
}
