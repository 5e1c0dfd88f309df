import { z } from 'zod';

// Which column of the file goes into which part of the card. Shared by the mapping
// screen and the server; headers in English or Italian are recognised.

export const CARD_TARGETS = ['firstName', 'lastName', 'fullName', 'email', 'phone', 'notes', 'locale'] as const;
type TCardTarget = (typeof CARD_TARGETS)[number];
/** '' = leave the column out; `custom:<key>` = a custom field */
export type TTarget = TCardTarget | `custom:${string}` | '';

const SYNONYMS: Record<TCardTarget, string[]> = {
  firstName: ['nome', 'firstname', 'first', 'givenname', 'nomedibattesimo', 'prenome'],
  lastName: ['cognome', 'lastname', 'surname', 'familyname', 'last'],
  fullName: ['name', 'fullname', 'nomecompleto', 'nominativo', 'nomeecognome', 'cliente', 'client', 'clientname'],
  email: ['email', 'mail', 'emailaddress', 'indirizzoemail', 'postaelettronica', 'indirizzomail'],
  phone: [
    'phone',
    'telefono',
    'cellulare',
    'cell',
    'mobile',
    'mobilephone',
    'phonenumber',
    'mobilenumber',
    'numeroditelefono',
    'numerodicellulare',
    'tel',
    'cellphone',
  ],
  notes: ['notes', 'note', 'nota', 'comments', 'commenti', 'comment'],
  locale: ['language', 'lingua', 'locale', 'preferredlanguage', 'linguapreferita'],
};

const simplify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A first guess for each header: a card part, a custom field by its key or any of its labels, or nothing. */
export function guessMapping(
  headers: string[],
  fields: { key: string; label: string; labels: Record<string, string> }[],
): TTarget[] {
  const used = new Set<TTarget>();
  return headers.map((header) => {
    const h = simplify(header);
    const card = CARD_TARGETS.find((t) => SYNONYMS[t].includes(h));
    const field = fields.find((f) => [f.key, f.label, ...Object.values(f.labels)].some((l) => simplify(l) === h));
    const target: TTarget = card ?? (field ? `custom:${field.key}` : '');
    if (!target || used.has(target)) return '';
    used.add(target);
    return target;
  });
}

export type TMappingError = 'mappingNoContact' | 'mappingNoName' | 'mappingTwice' | 'mappingUnknown';

/** The mapping staff chose, checked: known targets, each at most once, a name and an email or phone. */
export function checkMapping(mapping: unknown, columns: number, fieldKeys: string[]): TTarget[] | TMappingError {
  const parsed = z.array(z.string().max(100)).length(columns).safeParse(mapping);
  if (!parsed.success) return 'mappingUnknown';
  const targets = parsed.data as TTarget[];
  const known = (t: string) =>
    t === '' || (CARD_TARGETS as readonly string[]).includes(t) || fieldKeys.some((k) => t === `custom:${k}`);
  if (!targets.every(known)) return 'mappingUnknown';
  const chosen = targets.filter(Boolean);
  if (new Set(chosen).size !== chosen.length) return 'mappingTwice';
  if (!chosen.includes('email') && !chosen.includes('phone')) return 'mappingNoContact';
  if (!chosen.includes('firstName') && !chosen.includes('fullName')) return 'mappingNoName';
  return targets;
}
