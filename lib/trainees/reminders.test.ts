import { reminderMessage, reminderTime } from './reminders.ts';

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

describe('reminderMessage', () => {
  it('gives a count and no name', () => {
    expect(reminderMessage(1)).toEqual({ title: 'A trainee is due a follow-up', message: 'Open the roster in the coach’s options to see who.' });
    expect(reminderMessage(3).title).toBe('3 trainees are due a follow-up');
  });
});
