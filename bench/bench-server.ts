// The production server for the HTTP benchmarks (after `npx next build`), on a benchmark
// database, printing one line per SQL query so that queries per request can be counted.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const SECRET = 'portico-benchmark-secret-0123456789abcdef';

/** The production server on this database; resolves once it answers, counting the [query] lines it prints. */
export async function startServer(file: string, port: number) {
  const server: ChildProcess = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${file}`,
      AUTH_SECRET: SECRET,
      AUTH_URL: `http://localhost:${port}`,
      PORTICO_QUERY_LOG: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const counter = { queries: 0 };
  server.stdout!.on(
    'data',
    (chunk: Buffer) => (counter.queries += (chunk.toString().match(/\[query\]/g) ?? []).length),
  );
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`http://localhost:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { server, counter };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('next start did not answer');
}
