// When the trainer is reminded of a follow-up (the background script sets an alarm for it).

/** 9:00 local time on the follow-up date, or in a minute when that moment passed earlier today. */
export function reminderTime(followUp: string, now: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(followUp);
  if (!m) return null;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9, 0, 0).getTime();
  const endOfDay = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59).getTime();
  if (at > now.getTime()) return at;
  return endOfDay > now.getTime() ? now.getTime() + 60_000 : null;
}

/** A notification is seen by anyone near the screen: it gives a count, never a trainee's name or note. */
export function reminderMessage(due: number): { title: string; message: string } {
  return {
    title: due === 1 ? 'A trainee is due a follow-up' : `${due} trainees are due a follow-up`,
    message: 'Open the roster in the coach’s options to see who.',
  };
}
