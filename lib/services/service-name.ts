/** A service's name in the reader's language, else the business's default one (`name`). */
export function serviceName(service: { name: string; names?: string | null } | null | undefined, locale: string) {
  if (!service) return null;
  try {
    const names = JSON.parse(service.names ?? '{}') as Record<string, unknown>;
    const localized = names[locale];
    return typeof localized === 'string' && localized ? localized : service.name;
  } catch {
    return service.name;
  }
}

/** A product's name in the reader's language, else the business's default one. */
export const productName = (product: { name: string; names?: string | null }, locale: string) =>
  serviceName(product, locale) ?? product.name;
