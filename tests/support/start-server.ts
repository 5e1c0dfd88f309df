// A production server of this build in a child process, for the browser tests that need
// their own instance (operations, two instances behind nginx) and for the benchmarks:
// Portico's own server (scripts/server.mjs) unless another command is given.
import { spawn, type ChildProcess } from 'node:child_process';

type TOptions = {
  port: number;
  /** added to this process's environment (NODE_ENV=production, PORT and HOST are set here) */
  env?: Record<string, string | undefined>;
  /** what node runs; `port` is still passed as PORT */
  command?: string[];
  cwd?: string;
  /** every output line, as it comes (stderr lines start with "STDERR ") */
  onLine?: (line: string) => void;
  /** keep every line in `lines` (off for servers under load) */
  keepLines?: boolean;
};

export type TServer = {
  child: ChildProcess;
  origin: string;
  lines: string[];
  exited: Promise<number | null>;
};

export function startServer({
  port,
  env = {},
  command = ['scripts/server.mjs'],
  cwd,
  onLine,
  keepLines = true,
}: TOptions): TServer {
  const child = spawn(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const take = (prefix: string) => {
    let partial = '';
    return (chunk: Buffer) => {
      // a line may arrive in two chunks: only whole lines are handed on
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop()!;
      for (const part of parts.filter(Boolean)) {
        const line = prefix + part;
        if (keepLines) lines.push(line);
        onLine?.(line);
      }
    };
  };
  child.stdout!.on('data', take(''));
  child.stderr!.on('data', take('STDERR '));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, origin: `http://127.0.0.1:${port}`, lines, exited };
}

/** Resolves (with the milliseconds waited) once `check` holds; throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

/** Resolves once `origin + path` answers without a server error. */
export const answering = (origin: string, path = '/api/health', timeoutMs = 60_000) =>
  until(async () => (await fetch(`${origin}${path}`)).status < 500, timeoutMs);
