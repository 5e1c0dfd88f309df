/** Why an appointment cannot be cancelled by the client, or null when it can. */
export function cancellationBlock(
  appointment: { status: string; startsAt: Date },
  business: { allowCancellation: boolean; cancellationCutoffHours: number },
  now: Date,
): 'not_allowed' | 'not_booked' | 'past' | 'cutoff' | null {
  if (!business.allowCancellation) return 'not_allowed';
  if (appointment.status !== 'booked') return 'not_booked';
  if (appointment.startsAt <= now) return 'past';
  if (appointment.startsAt.getTime() - now.getTime() < business.cancellationCutoffHours * 3600_000) return 'cutoff';
  return null;
}
