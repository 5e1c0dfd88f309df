// npm run business:create — a business and its first owner from a terminal, with the
// same rules as the first-run setup in the browser (lib/onboarding/create-business.ts).
// Asks each question (or takes --name=…, --slug=…, --locale=…, --timezone=…, --currency=…,
// --country=…, --owner-name=…, --owner-email=…; the password is always asked, hidden,
// or read from PORTICO_OWNER_PASSWORD for automation). On the first staff sign-in the
// owner sets up the authenticator app.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createBusiness } from '@/lib/onboarding/create-business';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/locales';

const { values: flags } = parseArgs({
  options: Object.fromEntries(
    ['name', 'slug', 'locale', 'timezone', 'currency', 'country', 'owner-name', 'owner-email'].map((k) => [
      k,
      { type: 'string' },
    ]),
  ),
});

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const ask = async (flag: string, question: string, fallback?: string) =>
  (flags[flag] as string | undefined) ??
  ((await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '');

async function askHidden(question: string) {
  if (process.env.PORTICO_OWNER_PASSWORD) return process.env.PORTICO_OWNER_PASSWORD;
  const output = process.stdout;
  const write = output.write.bind(output);
  output.write(`${question}: `);
  // hide what is typed: the readline echo is swallowed until the answer is in
  (output as unknown as { write: (chunk: string) => boolean }).write = () => true;
  try {
    return await rl.question('');
  } finally {
    (output as unknown as { write: typeof write }).write = write;
    output.write('\n');
  }
}

async function main() {
  const values = {
    name: await ask('name', 'Business name'),
    slug: await ask('slug', 'Portal address (/p/<address>)'),
    locale: await ask('locale', 'Language (en, it)', 'en'),
    timezone: await ask('timezone', 'Timezone', Intl.DateTimeFormat().resolvedOptions().timeZone),
    currency: await ask('currency', 'Currency (ISO code)', 'EUR'),
    country: await ask('country', 'Country (ISO code, for phone numbers)', 'IT'),
    ownerName: await ask('owner-name', "Owner's name"),
    ownerEmail: await ask('owner-email', "Owner's email"),
    ownerPassword: await askHidden("Owner's password (8+ characters)"),
  };
  const result = await createBusiness(values);
  if (!result.ok) {
    const { errors } = (await loadMessages('en')).admin.setup;
    for (const [field, key] of Object.entries(result.fields ?? { form: result.error }))
      console.error(`  ${field}: ${errors[key as keyof typeof errors] ?? key}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Created ${values.name}: portal /p/${result.slug}; the owner signs in at /admin.`);
}

main()
  .catch((error: unknown) => {
    console.error(`[business:create] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    rl.close();
    void db.$disconnect();
  });
