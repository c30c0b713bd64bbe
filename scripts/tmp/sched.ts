const TIME = '\\d{1,2}(?::\\d\\d)? ?(?:[ap]\\.?m\\.?)?';
const DAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?';
const SCHEDULE = new RegExp(`\\b(?:\\d{1,2}(?::\\d\\d ?(?:[ap]\\.?m\\.?)?| ?[ap]\\.?m\\.?) ?[–-] ?${TIME}|${DAY} ?[–-] ?${DAY}|24\\/7)(?![\\p{L}\\d])`, 'iu');
for (const t of ['Mon–Fri 8–5, Sat 9–12.', 'Sat Oct 12, 9am–12pm', 'open 24/7', '8:00–17:00', 'BP 120-80', 'pain 3-5 days', 'at 2:40am', 'Sunday-school']) console.log(t, SCHEDULE.test(t));
