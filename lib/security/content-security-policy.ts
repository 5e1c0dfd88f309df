// The pages' Content-Security-Policy (edge-safe: no Node imports). Scripts run only with this
// response's nonce (Next adds it to its own scripts, read from the request header) and what
// they load ('strict-dynamic'); no framing; no plugins; styles inline (Radix positions with
// style attributes). Development adds 'unsafe-eval' for React's dev tooling.
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce per response (128 random bits, base64). */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
