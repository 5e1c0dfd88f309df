// The production server (`npm start`): Next's request handler inside a small Node
// HTTP server that owns what Next leaves to its host —
//  • the client's address, from the socket or, behind TRUSTED_PROXY_HOPS proxies,
//    from the entry our own proxy appended to X-Forwarded-For (the app reads it from
//    `x-portico-client-ip`, which no client can set);
//  • a request id on every request (X-Request-Id, or the trusted proxy's), on every
//    log line (pino JSON, one line per request and per message) and on error pages;
//  • clear 4xx pages instead of Next's 500s for input Next cannot read: a path that
//    does not decode, a server action from a foreign origin or over the size limit;
//  • graceful shutdown: on SIGTERM/SIGINT it stops taking requests, /api/ready
//    answers 503, and requests in flight finish (up to SHUTDOWN_TIMEOUT_MS).
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { format } from 'node:util';
import next from 'next';
import pino from 'pino';
import { clientAddress, loggablePath, pathIsReadable, preferredLanguage, requestIdFor } from './server-request.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = Number(process.env.PORT ?? 3000);
// '::' takes IPv6 and IPv4 (dual stack), as `next start` does; HOST narrows it (e.g. 127.0.0.1 behind nginx)
const hostname = process.env.HOST ?? '::';
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
/** next.config.js's serverActions.bodySizeLimit */
const ACTION_BODY_LIMIT = 6 * 1024 * 1024;
/** The configured public address (lib/env.ts appUrl): the only origin a form or action may come from. */
let publicOrigin;
try {
  publicOrigin = new URL(process.env.AUTH_URL ?? `http://localhost:${port}`).origin;
} catch {
  console.error('AUTH_URL must be the public address, e.g. https://portal.example.com');
  process.exit(1);
}

if (!Number.isInteger(trustedHops) || trustedHops < 0) {
  console.error('TRUSTED_PROXY_HOPS must be a whole number (0 when clients reach this server directly)');
  process.exit(1);
}

// ── logs: JSON lines, each with the request id of the request that wrote it ──
const requestContext = new AsyncLocalStorage();
const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'portico', pid: process.pid },
  mixin: () => {
    const store = requestContext.getStore();
    return store ? { requestId: store.requestId } : {};
  },
  // the access log never carries these; the rest is a safety net for messages
  redact: {
    paths: [
      'req.headers.cookie',
      'req.headers.authorization',
      '*.password',
      '*.code',
      '*.token',
      '*.secret',
      'password',
      'code',
      'token',
    ],
    censor: '[redacted]',
  },
});
// Next and the app write with console.*; every such line becomes a JSON line too.
const levels = { log: 'info', info: 'info', warn: 'warn', error: 'error', debug: 'debug' };
for (const [method, level] of Object.entries(levels)) {
  console[method] = (...args) => {
    const error = args.find((arg) => arg instanceof Error);
    const message = format(...args.filter((arg) => arg !== error));
    if (error) logger[level]({ err: error, digest: error.digest }, message || error.message);
    else logger[level](message);
  };
}

// ── error pages written here, before Next: localized from the message catalogue ──
const catalogues = new Map();
function messages(language) {
  if (!catalogues.has(language))
    catalogues.set(language, JSON.parse(readFileSync(path.join(root, 'messages', `${language}.json`), 'utf8')));
  return catalogues.get(language).httpErrors;
}
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function sendErrorPage(req, res, status, kind, requestId) {
  const language = preferredLanguage(req.headers['accept-language']);
  const t = messages(language);
  const reference = t.reference.replace('{id}', requestId);
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  if (status === 503) res.setHeader('Retry-After', '5');
  const wantsHtml = (req.headers.accept ?? '').includes('text/html');
  if (!wantsHtml) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: kind, message: t[kind].title, requestId }));
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t[kind].title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;color:#0f172a;text-align:center}p{color:#334155}a{color:#1e40af;display:inline-block;padding:.75rem 1rem}small{color:#475569}</style>
</head><body><main id="main"><h1>${escapeHtml(t[kind].title)}</h1><p>${escapeHtml(t[kind].body)}</p>
<p><a href="/">${escapeHtml(t.home)}</a></p><p><small>${escapeHtml(reference)}</small></p></main></body></html>`);
}

/**
 * A POST to a page is a server action (with Next's header, or a no-JS form's `$ACTION_ID_`
 * field); one Next would refuse with a 500 is answered 4xx here instead: over the size limit,
 * or from an origin other than the configured public address (scheme, host and port; "null"
 * and garbage included). Route handlers (/api) check their own Origin, Auth.js its CSRF token.
 */
function refusedPagePost(req) {
  if (req.method !== 'POST' || (req.url ?? '/').startsWith('/api/')) return null;
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > ACTION_BODY_LIMIT) return [413, 'tooLarge'];
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) return [403, 'foreignOrigin'];
  return null;
}

/**
 * A POST to a page streamed without a Content-Length (Transfer-Encoding: chunked): read here,
 * counting, and given up at the limit (413), so the server never holds more than the limit;
 * within it, Next gets the same request with its length known. Next itself streams an action it
 * forwards to the page that holds it (x-action-forwarded): that one is read here the same way.
 */
function readStreamedPost(req) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > ACTION_BODY_LIMIT) {
        over = true;
        chunks.length = 0;
        req.pause();
        return resolve(null);
      }
      chunks.push(chunk);
    });
    req.on('error', () => resolve(null));
    req.on('end', () => {
      if (over) return;
      const replay = new http.IncomingMessage(req.socket);
      replay.method = req.method;
      replay.url = req.url;
      replay.httpVersion = req.httpVersion;
      replay.httpVersionMajor = req.httpVersionMajor;
      replay.httpVersionMinor = req.httpVersionMinor;
      const headers = { ...req.headers, 'content-length': String(size) };
      delete headers['transfer-encoding'];
      replay.headers = headers;
      replay.rawHeaders = Object.entries(headers).flatMap(([name, value]) => [name, String(value)]);
      replay.push(Buffer.concat(chunks));
      replay.push(null);
      replay.complete = true;
      resolve(replay);
    });
  });
}

// ── the server ──
const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
let shuttingDown = false;
// /api/ready answers 503 from the first signal on (lib/ops/readiness.ts)
globalThis[Symbol.for('portico.shuttingDown')] = () => shuttingDown;

const server = http.createServer((req, res) => {
  const requestId = requestIdFor(req.headers['x-request-id'], trustedHops);
  const ip = clientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trustedHops,
  });
  // what the app may trust: set here, whatever the client sent
  req.headers['x-request-id'] = requestId;
  // with no proxy of ours in front, the client wrote these: Next would build URLs (and its own
  // action origin check) from them
  if (!trustedHops) {
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
  if (ip) req.headers['x-portico-client-ip'] = ip;
  else delete req.headers['x-portico-client-ip'];
  if (ip) req.headers['x-forwarded-for'] = ip;
  else delete req.headers['x-forwarded-for'];
  res.setHeader('X-Request-Id', requestId);
  if (shuttingDown) res.setHeader('Connection', 'close');

  const started = process.hrtime.bigint();
  requestContext.run({ requestId }, () => {
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        method: req.method,
        path: loggablePath(req.url),
        status: res.statusCode,
        ms: Math.round(ms),
        ip,
      };
      if (res.statusCode >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    if (!pathIsReadable(req.url)) return sendErrorPage(req, res, 400, 'badRequest', requestId);
    const refused = refusedPagePost(req);
    if (refused) {
      req.resume(); // drain what was sent, so the connection can answer
      return sendErrorPage(req, res, refused[0], refused[1], requestId);
    }
    // a page POST that passed the check came from the public address, whatever host this
    // instance is reached by (a proxy, an internal address): Next's own origin check compares
    // the Origin with X-Forwarded-Host, which is set here to that address's host
    if (req.method === 'POST' && !(req.url ?? '/').startsWith('/api/') && req.headers.origin)
      req.headers['x-forwarded-host'] = new URL(publicOrigin).host;
    const handled = (request) =>
      handle(request, res).catch((error) => {
        logger.error({ err: error }, 'unhandled request error');
        if (!res.headersSent) sendErrorPage(req, res, 500, 'serverError', requestId);
        else res.end();
      });
    if (req.method === 'POST' && !req.headers['content-length'] && !(req.url ?? '/').startsWith('/api/'))
      return void readStreamedPost(req).then((replay) => {
        if (replay) return handled(replay);
        res.setHeader('Connection', 'close');
        sendErrorPage(req, res, 413, 'tooLarge', requestId);
        res.on('finish', () => req.destroy());
      });
    handled(req);
  });
});
server.keepAliveTimeout = 65_000; // longer than nginx's upstream keepalive_timeout (60 s)

server.listen(port, hostname, () => {
  const shown = hostname === '::' || hostname === '0.0.0.0' ? 'localhost' : hostname;
  logger.info({ port, hostname, trustedHops }, `Portico is listening on http://${shown}:${port}`);
});

function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down: no new connections; finishing requests in flight');
  server.close(() => {
    logger.info('every request finished; exiting');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    logger.warn({ timeoutMs: shutdownTimeoutMs }, 'requests still running at the shutdown timeout; exiting');
    process.exit(1);
  }, shutdownTimeoutMs).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
