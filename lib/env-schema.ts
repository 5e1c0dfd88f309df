// The environment schema: pure, so that start-up (instrumentation.ts) and tests can use it.
import { z } from 'zod';

// Validated once, at start-up (instrumentation.ts) and on first use.
const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, 'must be a file: or postgres:// URL')
      .optional(),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_URL: z.url().optional(),
    PORTICO_DEMO: z.enum(['0', '1']).default('0'),
    /** off: this server runs no scheduled work (reminders, retries, clean-up); another instance or `npm run jobs` does */
    PORTICO_JOBS: z.enum(['on', 'off']).default('on'),
    /** 1: anyone may create a business at /admin/sign-up, after confirming their email with a code */
    PORTICO_PUBLIC_SIGNUP: z.enum(['0', '1']).default('0'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    EMAIL_FROM: z.string().default('Portico <no-reply@portico.localhost>'),
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC + 32 hex digits')
      .optional(),
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    TWILIO_FROM: z.string().min(1).optional(),
    /** Only for tests: send Twilio API calls to a local stand-in (e.g. Prism). */
    TWILIO_API_BASE: z.url().optional(),
    /** Stripe Checkout for the portal's payment form; without it payments are manual (bank transfer, staff confirm) */
    STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must be a Stripe secret key (sk_…)').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must be a Stripe webhook secret (whsec_…)').optional(),
    /** tests only: a local server that speaks Stripe's API */
    STRIPE_API_BASE: z.url().optional(),
    AUTH_GOOGLE_ID: z.string().optional(),
    AUTH_GOOGLE_SECRET: z.string().optional(),
    AUTH_GOOGLE_ISSUER: z.url().optional(),
    STORAGE_DIR: z.string().default('./data/storage'),
    /** Web Push (VAPID, RFC 8292): without them a key pair is made once into the data folder (beside STORAGE_DIR) */
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[\w-]{87}$/, 'must be a base64url P-256 public key')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[\w-]{43}$/, 'must be a base64url P-256 private key')
      .optional(),
    /** who runs this server, for the push services: a mailto: or https: URL (default: AUTH_URL) */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)/, 'must be a mailto: or https:// URL')
      .optional(),
    /** tests only: push services besides the browsers' own, by origin (comma-separated) */
    PUSH_SERVICE_ORIGINS: z.string().optional(),
    /** S3-compatible object storage (AWS S3, MinIO, R2, …): used instead of STORAGE_DIR when a bucket is set. */
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** path-style URLs (bucket in the path), which most self-hosted stores need */
    S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0'),
    S3_PREFIX: z.string().default(''),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['DATABASE_URL', 'AUTH_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
    }
  });

export type TEnv = z.infer<typeof ZEnv> & { DATABASE_URL: string };

const KEYS = Object.keys(ZEnv.shape) as (keyof typeof ZEnv.shape)[];

/** Only the schema's own variables, blank ones as missing (reading all of process.env is slow). */
const readKnown = (source: Record<string, string | undefined>) =>
  Object.fromEntries(KEYS.map((key) => [key, source[key] === '' ? undefined : source[key]]));

let last: { fingerprint: string; env: TEnv } | undefined;

/**
 * Parses an environment; throws an Error whose message is one line naming the variable.
 * The last result is kept while the schema's variables stay the same: env() is read many
 * times per request, and tests change process.env between calls.
 */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const known = readKnown(source);
  const fingerprint = JSON.stringify(KEYS.map((key) => known[key] ?? null));
  if (last?.fingerprint === fingerprint) return last.env;
  const result = ZEnv.safeParse(known);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment: ${issue.path.join('.')} ${issue.message}`);
  }
  const env = { ...result.data, DATABASE_URL: result.data.DATABASE_URL ?? 'file:./data/portico.db' };
  last = { fingerprint, env: Object.freeze(env) };
  return last.env;
}
