// The production server (scripts/server.mjs, after `npx next build`) for the per-page
// benchmarks (bench:portal, bench:admin), on a benchmark database, with the query log on
// so that queries per request can be counted.
import { answering, startServer as startProductionServer } from '@/tests/support/start-server';

export const SECRET = 'portico-benchmark-secret-0123456789abcdef';

/** Counts the [query] lines a server prints with PORTICO_QUERY_LOG=1; other lines go to `other`. */
export function queryLineCounter(other: (line: string) => void = () => {}) {
  const counter = { queries: 0 };
  const onLine = (line: string) => {
    if (line.includes('[query]')) counter.queries += 1;
    else other(line);
  };
  return { counter, onLine };
}

/** The production server on this database; resolves once it answers, counting the [query] lines it prints. */
export async function startServer(file: string, port: number) {
  const { counter, onLine } = queryLineCounter();
  const { child: server } = startProductionServer({
    port,
    env: {
      HOST: '::', // the benchmarks call http://localhost
      DATABASE_URL: `file:${file}`,
      AUTH_SECRET: SECRET,
      AUTH_URL: `http://localhost:${port}`,
      PORTICO_JOBS: 'off',
      PORTICO_QUERY_LOG: '1',
    },
    keepLines: false,
    onLine,
  });
  try {
    await answering(`http://localhost:${port}`, '/api/health', 30_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { server, counter };
}
