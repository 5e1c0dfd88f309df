import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { ADMIN_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

// The admin's client components also read the `admin` messages, which portal pages never send.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), [...CLIENT_NAMESPACES, ...ADMIN_NAMESPACES]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
