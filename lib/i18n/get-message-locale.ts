import 'server-only';
import { getLocale } from 'next-intl/server';
import { messageLocale } from './locales';

/** The request's catalogue language ("en", "it"…): for stored preferences, names per language and messages. */
export const getMessageLocale = async () => messageLocale(await getLocale());
