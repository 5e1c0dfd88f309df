// Runs once when the server starts: a bad environment stops start-up with one line; then
// the scheduled work starts (lib/jobs), unless PORTICO_JOBS=off (tests that need a quiet outbox).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('./lib/env-startup');
  if (process.env.PORTICO_JOBS !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startJobs } = await import('./lib/jobs/start-jobs');
    await startJobs();
  }
}
