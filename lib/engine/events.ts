// The author's tweet chats and conferences that are on at the document's clock: the chat reminder
// the panel shows, and the tags hashtag suggestions add during them. No word lists, so the
// coach on X can show the reminder without loading the hashtag model.
import type { Document, TweetChat } from './types.ts';

const DAY = 86_400_000;

/** The author's offset from UTC in minutes: from settings, otherwise the host's. */
function offsetMinutes(doc: Document): number {
  return doc.settings.timezoneOffsetMinutes ?? -new Date(doc.now).getTimezoneOffset();
}

function localTime(doc: Document): { weekday: number; minutes: number } {
  const local = new Date(doc.now + offsetMinutes(doc) * 60_000);
  return { weekday: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function chatInSession(doc: Document, chat: TweetChat): boolean {
  const [h, m] = chat.time.split(':').map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return false;
  const { weekday, minutes } = localTime(doc);
  const week = 7 * 1440;
  const start = chat.weekday * 1440 + h * 60 + m;
  const now = weekday * 1440 + minutes;
  // Allow 15 minutes before the start for a "joining the chat" post.
  const since = (((now - start) % week) + week) % week;
  return since < chat.durationMinutes || week - since <= 15;
}

export function activeChats(doc: Document): TweetChat[] {
  return doc.settings.tweetChats.filter((c) => chatInSession(doc, c));
}

export function withHash(tag: string): string {
  const t = tag.trim();
  return t.startsWith('#') ? t : `#${t}`;
}

export function chatReminder(doc: Document): string | null {
  const chat = activeChats(doc)[0];
  if (!chat) return null;
  const tag = withHash(chat.tag);
  return `${tag} is on now: answer the host's T1:, T2: … with A1:, A2: … and add ${tag} to each reply.`;
}

/** The author's conferences on now: from the day before the start to the end date, inclusive, in local time. */
export function activeConferences(doc: Document): string[] {
  const today = new Date(doc.now + offsetMinutes(doc) * 60_000).toISOString().slice(0, 10);
  const out: string[] = [];
  for (const c of doc.settings.conferences) {
    const start = Date.parse(`${c.start}T00:00:00Z`);
    if (Number.isNaN(start)) continue;
    const dayBefore = new Date(start - DAY).toISOString().slice(0, 10);
    if (today >= dayBefore && today <= c.end) out.push(withHash(c.tag));
  }
  return out;
}

