// Auth.js gives its session cookie one lifetime (session.maxAge, 30 days) and renews
// it on every page. A session made without "remember me" must end with the browser:
// the first gate marks such responses and this drops Expires / Max-Age from the
// session cookie it renews, so the browser keeps it only while it is open. (The
// session's own end, `expiresAt` in the JWT, is checked on the server either way.)
export const SESSION_ONLY_HEADER = 'x-portico-session-only';

const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=([^;]*)/;

function isDeletion(cookie: string, value: string) {
  if (!value || /;\s*max-age=0\b/i.test(cookie)) return true;
  const expires = /;\s*expires=([^;]+)/i.exec(cookie)?.[1];
  return !!expires && Date.parse(expires) <= Date.now();
}

/** The response with its session cookie made a browser-session cookie when marked so. */
export function applySessionCookieLifetime(response: Response): Response {
  const sessionOnly = response.headers.get(SESSION_ONLY_HEADER) === '1';
  response.headers.delete(SESSION_ONLY_HEADER);
  if (!sessionOnly) return response;
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => SESSION_COOKIE.test(cookie))) return response;
  response.headers.delete('set-cookie');
  for (const cookie of cookies) {
    const match = SESSION_COOKIE.exec(cookie);
    response.headers.append(
      'set-cookie',
      match && !isDeletion(cookie, match[1]) ? cookie.replace(/;\s*(expires|max-age)=[^;]*/gi, '') : cookie,
    );
  }
  return response;
}
