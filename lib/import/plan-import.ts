import 'server-only';
import { normalizeEmail, normalizePhone } from '@/lib/format/identifiers';
import { fieldValueProblem, storedFieldValue } from '@/lib/custom-fields/field-rules';
import type { TFieldDefinition } from '@/lib/custom-fields/list-field-definitions';
import { db } from '@/lib/db';
import { locales, type TLocale } from '@/lib/i18n/locales';
import type { TTarget } from './column-mapping';
import type { TCsv } from './read-csv';

export type TOnDuplicate = 'update' | 'skip';
type TCard = {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  notes?: string;
  locale?: TLocale;
  /** by field id */
  custom: Record<string, string>;
};
export type TReportRow = {
  line: number;
  outcome: 'create' | 'update' | 'skip' | 'invalid';
  /** why a row is refused or skipped, or what it matched: a key of admin.import.reasons */
  reason?: string;
  /** the value or field concerned */
  detail?: string;
  /** for a row that updates a card: whose card it is, and each field it changes (old → new) */
  card?: string;
  changes?: TChange[];
};
/** One field a row changes: a card field ('lastName'…) or a custom field (`custom:<label>`). */
type TChange = { field: string; from: string; to: string };
type TExisting = {
  id: string;
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string;
  notes: string | null;
  locale: string | null;
  fieldValues: { fieldId: string; value: string }[];
};
export type TImportPlan = {
  creates: (TCard & { line: number })[];
  updates: { id: string; card: TCard; lines: number[] }[];
  report: TReportRow[];
};

// a language column's words: the code, or the language's name in any of our languages ("Italian", "italiano", "Italienisch")
const LOCALE_WORDS: Record<string, TLocale> = Object.fromEntries(
  locales.flatMap((l) =>
    [l, ...locales.map((reader) => new Intl.DisplayNames([reader], { type: 'language' }).of(l)!.toLowerCase())].map(
      (word) => [word, l],
    ),
  ),
);
const CHUNK = 500;

/** A date as people type it: 2026-03-01, or 01/03/2026 (month first only in the United States). */
function isoDate(value: string, country: string) {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!dmy) return value;
  const [day, month] = country === 'US' ? [dmy[2], dmy[1]] : [dmy[1], dmy[2]];
  return `${dmy[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** One row read into a card, or why it cannot be. */
function readRow(
  cells: string[],
  mapping: TTarget[],
  fields: TFieldDefinition[],
  country: string,
): { card: TCard } | { reason: string; detail?: string } {
  const card: TCard = { custom: {} };
  for (const [i, target] of mapping.entries()) {
    const value = (cells[i] ?? '').trim();
    if (!target || !value) continue;
    if (value.length > 500) return { reason: 'tooLong', detail: value.slice(0, 40) };
    if (target === 'email') {
      const email = normalizeEmail(value);
      if (!email) return { reason: 'emailInvalid', detail: value };
      card.email = email;
    } else if (target === 'phone') {
      const phone = normalizePhone(value, country);
      if (!phone) return { reason: 'phoneInvalid', detail: value };
      card.phone = phone;
    } else if (target === 'locale') {
      const locale = LOCALE_WORDS[value.toLowerCase()];
      if (!locale) return { reason: 'localeInvalid', detail: value };
      card.locale = locale;
    } else if (target === 'fullName') {
      const at = value.lastIndexOf(' ');
      card.firstName = at > 0 ? value.slice(0, at).trim() : value;
      card.lastName = at > 0 ? value.slice(at + 1).trim() : '';
    } else if (target.startsWith('custom:')) {
      const field = fields.find((f) => `custom:${f.key}` === target)!;
      const raw = field.type === 'date' ? isoDate(value, country) : value;
      if (fieldValueProblem(field, raw)) return { reason: 'fieldInvalid', detail: `${field.label}: ${value}` };
      card.custom[field.id] = storedFieldValue(field, raw);
    } else {
      card[target as 'firstName' | 'lastName' | 'notes'] = value;
    }
  }
  if ((card.firstName?.length ?? 0) > 100 || (card.lastName?.length ?? 0) > 100) return { reason: 'tooLong' };
  if (!card.email && !card.phone) return { reason: 'noContact' };
  return { card };
}

/** Later values win, empty ones never erase; contact details only fill a gap (they are how the client signs in). */
function merge(into: TCard, row: TCard) {
  for (const key of ['firstName', 'lastName', 'notes', 'locale'] as const) if (row[key]) into[key] = row[key] as never;
  for (const key of ['email', 'phone'] as const) if (row[key] && !into[key]) into[key] = row[key];
  Object.assign(into.custom, row.custom);
}

/**
 * What an import would do, row by row, without writing anything: each valid row creates
 * a card, or updates (or skips, as staff chose) the card whose email or phone it matches,
 * in the business or earlier in the same file; every refusal has its row and reason.
 * The Demo Client is never matched.
 */
export async function planImport({
  business,
  csv,
  mapping,
  fields,
  onDuplicate,
}: {
  business: { id: string; country: string };
  csv: TCsv;
  mapping: TTarget[];
  fields: TFieldDefinition[];
  onDuplicate: TOnDuplicate;
}): Promise<TImportPlan> {
  const read = csv.rows.map((row) =>
    row.malformed ? { reason: 'malformedRow' } : readRow(row.cells, mapping, fields, business.country),
  );
  const emails = [...new Set(read.flatMap((r) => ('card' in r && r.card.email ? [r.card.email] : [])))];
  const phones = [...new Set(read.flatMap((r) => ('card' in r && r.card.phone ? [r.card.phone] : [])))];
  const existing: TExisting[] = [];
  for (const [list, key] of [
    [emails, 'email'],
    [phones, 'phone'],
  ] as const)
    for (let i = 0; i < list.length; i += CHUNK)
      existing.push(
        ...(await db.client.findMany({
          where: { businessId: business.id, isDemo: false, [key]: { in: list.slice(i, i + CHUNK) } },
          select: {
            id: true,
            email: true,
            phone: true,
            firstName: true,
            lastName: true,
            notes: true,
            locale: true,
            fieldValues: { select: { fieldId: true, value: true } },
          },
        })),
      );
  const cardByEmail = new Map(existing.filter((c) => c.email).map((c) => [c.email!, c]));
  const cardByPhone = new Map(existing.filter((c) => c.phone).map((c) => [c.phone!, c]));

  const plan: TImportPlan = { creates: [], updates: [], report: [] };
  // what earlier rows of the file planned, by email and phone
  const plannedByEmail = new Map<string, TCard>();
  const plannedByPhone = new Map<string, TCard>();
  const updateOf = new Map<string, TCard>();
  // the business's card an update (or an earlier row updating it) applies to
  const ownerOf = new Map<TCard, TExisting>();
  const labels = new Map(fields.map((f) => [f.id, f.label]));
  /** A card as it will read: the planned values over the stored ones. */
  const effective = (card: TCard, stored?: TExisting): Record<string, string> => {
    const values: Record<string, string> = {};
    for (const key of ['firstName', 'lastName', 'email', 'phone', 'notes', 'locale'] as const)
      values[key] = card[key] ?? stored?.[key] ?? '';
    for (const v of stored?.fieldValues ?? []) values[`custom:${labels.get(v.fieldId) ?? v.fieldId}`] = v.value;
    for (const [id, value] of Object.entries(card.custom)) values[`custom:${labels.get(id) ?? id}`] = value;
    return values;
  };
  const diff = (before: Record<string, string>, after: Record<string, string>): TChange[] =>
    Object.keys(after)
      .filter((field) => (before[field] ?? '') !== after[field])
      .map((field) => ({ field, from: before[field] ?? '', to: after[field] }));
  const requiredMissing = (card: TCard) =>
    fields.find((f) => f.required && !card.custom[f.id] && !mapping.includes(`custom:${f.key}`));

  for (const [i, row] of csv.rows.entries()) {
    const result = read[i];
    const line = row.line;
    if (!('card' in result)) {
      plan.report.push({ line, outcome: 'invalid', reason: result.reason, detail: result.detail });
      continue;
    }
    const { card } = result;
    const byEmail = card.email ? cardByEmail.get(card.email) : undefined;
    const byPhone = card.phone ? cardByPhone.get(card.phone) : undefined;
    if (byEmail && byPhone && byEmail.id !== byPhone.id) {
      plan.report.push({ line, outcome: 'invalid', reason: 'conflict' });
      continue;
    }
    const earlierByEmail = card.email ? plannedByEmail.get(card.email) : undefined;
    const earlierByPhone = card.phone ? plannedByPhone.get(card.phone) : undefined;
    const earlier = earlierByEmail ?? earlierByPhone;
    const match = byEmail ?? byPhone;
    // one row naming two different cards (of the business or of the file) cannot be applied to either
    if (
      (earlierByEmail && earlierByPhone && earlierByEmail !== earlierByPhone) ||
      (earlier && match && earlier !== updateOf.get(match.id))
    ) {
      plan.report.push({ line, outcome: 'invalid', reason: 'conflict' });
      continue;
    }
    if (earlier || match) {
      const reason = earlier ? 'duplicateInFile' : 'existingCard';
      if (onDuplicate === 'skip') {
        plan.report.push({ line, outcome: 'skip', reason, detail: card.email ?? card.phone });
        continue;
      }
      let target: TCard;
      if (earlier) {
        target = earlier;
      } else {
        // the card's own contact details stay (the client signs in with them); only a missing one is filled in
        const current = { custom: {}, email: match!.email ?? undefined, phone: match!.phone ?? undefined };
        const update = { id: match!.id, card: current as TCard, lines: [line] };
        plan.updates.push(update);
        updateOf.set(match!.id, update.card);
        target = update.card;
      }
      // what this row changes, against the card as it stands before it (the business's, then earlier rows')
      const owner = match ?? ownerOf.get(target);
      const before = effective(target, owner);
      merge(target, card);
      const changes = diff(before, effective(target, owner));
      if (owner) ownerOf.set(target, owner);
      const tracked = earlier ? [target.email, target.phone] : [card.email, card.phone, match!.email, match!.phone];
      for (const value of tracked) if (value) track(value, target);
      plan.report.push({
        line,
        outcome: 'update',
        reason,
        detail: card.email ?? card.phone,
        card: owner
          ? `${owner.firstName} ${owner.lastName}`.trim()
          : `${before.firstName ?? ''} ${before.lastName ?? ''}`.trim(),
        changes,
      });
      continue;
    }
    if (!card.firstName) {
      plan.report.push({ line, outcome: 'invalid', reason: 'firstNameRequired' });
      continue;
    }
    const missing = requiredMissing(card);
    if (missing) {
      plan.report.push({ line, outcome: 'invalid', reason: 'fieldRequired', detail: missing.label });
      continue;
    }
    const create = { ...card, line };
    plan.creates.push(create);
    plan.report.push({ line, outcome: 'create' });
    for (const value of [card.email, card.phone]) if (value) track(value, create);
  }
  return plan;

  function track(value: string, card: TCard) {
    (value.includes('@') ? plannedByEmail : plannedByPhone).set(value, card);
  }
}
