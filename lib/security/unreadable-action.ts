// A server action whose body Next could not decode would end in an HTTP 500 and a
// server error in the log. The first gate (middleware.ts) reads a copy of the body
// and answers 400 instead: an action's JSON that does not parse, nests deeper than any of
// our forms (React's decoder recurses: 20,000 levels overflow its stack), or refers to a
// part the body does not carry (React's reply format: `"$Q1"` is a Map in part 1, `"$B1"` a
// Blob); a multipart body that is cut short or malformed. Actions are posted by Next's own
// client, so a body that fails here was not sent by one of our pages.

/** deeper than any argument one of our actions takes */
const MAX_DEPTH = 64;

/**
 * Values of React's reply format that stand for themselves (`$$` an escaped dollar, `$T` a
 * temporary reference, `$K` a FormData, whose fields may be none at all, `$I`/`$-`/`$N`/`$u`
 * Infinity, -0, NaN, undefined, `$D` a date, `$n` a BigInt); every other `$` string refers to
 * another part of the body, by its id.
 */
const SELF_CONTAINED = new Set(['$', 'T', 'H', 'K', 'I', '-', 'N', 'u', 'D', 'n']);

/** The part ids a JSON value refers to, or null when it nests too deep. */
function referencedParts(value: unknown, depth = 0, found = new Set<string>()): Set<string> | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof value === 'string') {
    if (value.startsWith('$') && !SELF_CONTAINED.has(value[1] ?? '')) {
      // "$Q1" → part 1, "$1" → part 1, "$@a" → part a (hex ids)
      found.add(/^[0-9a-f]/.test(value[1] ?? '') ? value.slice(1) : value.slice(2));
    }
    return found;
  }
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) if (!referencedParts(item, depth + 1, found)) return null;
  }
  return found;
}

/** JSON.parse that cannot overflow: the depth is measured on the text first. */
function parseShallow(text: string): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) throw new Error('too deep');
    } else if (c === ']' || c === '}') depth--;
  }
  return JSON.parse(text);
}

/** True when every part a JSON part refers to is present (`has` tells which ids are). */
function partsPresent(json: string, has: (id: string) => boolean) {
  const parts = referencedParts(parseShallow(json));
  if (!parts) return false;
  for (const id of parts) if (!id || !has(id)) return false;
  return true;
}

/** True when this is a server action request whose body cannot be decoded. */
export async function isUnreadableAction(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      const form = await request.clone().formData();
      // the root part is "0"; parts are fields named by id (a FormData's fields start with "<id>_")
      const root = form.get('0');
      if (typeof root !== 'string') return false;
      const names = [...form.keys()];
      return !partsPresent(root, (id) => names.some((name) => name === id || name.startsWith(`${id}_`)));
    }
    if (type.startsWith('text/plain')) return !partsPresent(await request.clone().text(), () => false);
    return false;
  } catch {
    return true;
  }
}
