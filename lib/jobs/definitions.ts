import 'server-only';
import { applyDueTwoStepTurnOffs } from '@/lib/auth/two-factor/scheduled-turn-off';
import { deliverDueMessages } from '@/lib/messaging/deliver-message';
import { sendAccessEndingNotices } from './access-ending-notices';
import { sendAppointmentReminders } from './appointment-reminders';
import { expireCodes } from './expire-codes';

/**
 * The scheduled work, one definition each: a cron schedule (UTC) and what one run does.
 * The same definitions run on pg-boss (PostgreSQL) or in-process (SQLite), and one at a
 * time from a terminal with `npm run jobs -- <name>`. Every run is safe to repeat or to
 * overlap: each item is claimed with a conditional write before anything is sent.
 */
export const JOBS = {
  'deliver-messages': { cron: '* * * * *', run: (now: Date) => deliverDueMessages(now) },
  'appointment-reminders': { cron: '*/5 * * * *', run: (now: Date) => sendAppointmentReminders(now) },
  'access-ending-notices': { cron: '7 * * * *', run: (now: Date) => sendAccessEndingNotices(now) },
  'expire-codes': { cron: '23 3 * * *', run: (now: Date) => expireCodes(now) },
  'two-step-turn-offs': { cron: '*/5 * * * *', run: (now: Date) => applyDueTwoStepTurnOffs(now) },
} as const;

export type TJobName = keyof typeof JOBS;
export const isJobName = (name: unknown): name is TJobName => typeof name === 'string' && name in JOBS;
