import { reminderTime } from './reminders.ts';

describe('reminderTime', () => {
  const now = new Date(2026, 10, 23, 10, 30);
  it('reminds at 9:00 on a future follow-up date', () => {
    expect(reminderTime('2026-11-25', now)).toBe(new Date(2026, 10, 25, 9, 0).getTime());
  });
  it('reminds within a minute when today’s 9:00 has passed, and never for past days or bad dates', () => {
    expect(reminderTime('2026-11-23', now)).toBe(now.getTime() + 60_000);
    expect(reminderTime('2026-11-22', now)).toBeNull();
    expect(reminderTime('', now)).toBeNull();
    expect(reminderTime('23/11/2026', now)).toBeNull();
  });
});
