// Runs once when the server starts: a bad environment stops start-up with one line.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/env-startup');
}
