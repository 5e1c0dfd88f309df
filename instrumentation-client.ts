// Runs in the browser before the app's code (Next's client instrumentation).
// Zod decides when a schema is built whether to compile a fast object parser, and
// probes `Function("")` to find out if it may. Our Content-Security-Policy has no
// 'unsafe-eval', so that probe was a reported CSP violation on every page with a form
// (Lighthouse best practices 96). The browser parses small forms: the interpreter is
// fast enough; the server keeps the compiled parsers. Only Zod's config is imported
// here (not all of Zod, which this file would otherwise put in every page's scripts).
import { config } from 'zod/v4/core';

config({ jitless: true });
