import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { loadMessages, recipientLocale, regionalLocale, type TMessages } from './locales';

type TNamespace = NamespaceKeys<TMessages, NestedKeyOf<TMessages>>;

/**
 * The words of a message to someone, in their language (`recipientLocale`): the message's own
 * namespace, the shared `emails` one (footer, buttons), and dates and numbers in the business's region.
 */
export async function recipientWords<N extends TNamespace>(
  theirs: string | null | undefined,
  business: { defaultLocale: string | null; country?: string | null },
  namespace: N,
) {
  const locale = recipientLocale(theirs, business);
  const messages = await loadMessages(locale);
  return {
    locale,
    messages,
    t: createTranslator({ locale, messages, namespace }),
    tEmails: createTranslator({ locale, messages, namespace: 'emails' }),
    format: createFormatter({ locale: regionalLocale(locale, business.country) }),
  };
}
