import { BASE_NAMESPACES } from '@/lib/i18n/client-messages';
import { ClientMessages } from './client-messages';

/**
 * A page whose client components read these namespaces of the catalogue: they are sent with
 * this page only (the root layout sends BASE_NAMESPACES to every page). A page, not a layout:
 * a layout is kept across client-side navigation, so it could not follow the page.
 * tests/unit/client-messages.test.ts checks each page names what its client components read.
 */
export function withClientMessages<P extends object>(
  namespaces: readonly string[],
  Page: (props: P) => React.ReactNode | Promise<React.ReactNode>,
) {
  return function PageWithClientMessages(props: P) {
    return (
      <ClientMessages namespaces={[...BASE_NAMESPACES, ...namespaces]}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
