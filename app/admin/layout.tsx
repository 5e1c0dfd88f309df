import { ClientMessages } from '@/components/i18n/client-messages';
import { ADMIN_NAMESPACES, CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';

// The admin's client components also read the `admin` messages, which portal pages never send.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={[...CLIENT_NAMESPACES, ...ADMIN_NAMESPACES]}>{children}</ClientMessages>;
}
