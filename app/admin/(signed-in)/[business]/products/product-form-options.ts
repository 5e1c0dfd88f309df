import 'server-only';
import { languageName, locales } from '@/lib/i18n/locales';
import { listPageOptions } from '@/lib/products/list-page-options';

/** What the product form needs besides the product: the languages and the restricted pages. */
export async function productFormOptions(businessId: string) {
  return {
    languages: locales.map((code) => ({ code, name: languageName(code) })),
    pages: await listPageOptions(businessId),
  };
}
