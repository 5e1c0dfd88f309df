// The floor for `npm run bench`: the least a Next 16 app can do per request on this
// machine, built and served the same way as Portico (production build, Node server).
// Built with webpack (bench/run.ts): Turbopack, inside this repository, would also
// compile Portico's middleware and instrumentation into it.
import path from 'node:path';

const config = { poweredByHeader: false, outputFileTracingRoot: path.resolve(import.meta.dirname, '../..') };
export default config;
