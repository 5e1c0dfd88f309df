// A server action whose body Next could not decode would end in an HTTP 500 and a
// server error in the log. The first gate (middleware.ts) reads a copy of the body
// and answers 400 instead: an action's JSON that does not parse, a multipart body
// that is cut short or malformed. Actions are posted by Next's own client, so a body
// that fails here was not sent by one of our pages.

/** True when this is a server action request whose body cannot be decoded. */
export async function isUnreadableAction(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) await request.clone().formData();
    else if (type.startsWith('text/plain')) JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}
