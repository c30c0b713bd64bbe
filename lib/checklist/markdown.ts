import type { Track } from './types.ts';

/** YYYY-MM-DD in the author's local time (the day they send the email, not the UTC day). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** One line of Markdown: collapse line breaks so an item can never break the list. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The checklist with progress as Markdown, to paste into a follow-up email: a heading per track
 * with "x of n done", then `- [x] text — why` lines. Ids missing from `done` count as not done.
 */
export function checklistMarkdown(tracks: Track[], done: Record<string, boolean>, date?: Date): string {
  const lines = ['# Social media training checklist'];
  const total = tracks.reduce((n, t) => n + t.items.length, 0);
  const ticked = tracks.reduce((n, t) => n + t.items.filter((i) => done[i.id] === true).length, 0);
  const when = date && !Number.isNaN(date.getTime()) ? `Progress on ${localDay(date)}: ` : 'Progress: ';
  lines.push('', `${when}${ticked} of ${total} done.`);
  for (const t of tracks) {
    const n = t.items.filter((i) => done[i.id] === true).length;
    lines.push('', `## ${t.title} (${n} of ${t.items.length} done)`, '');
    if (t.audience) lines.push(`_${oneLine(t.audience)}_`, '');
    for (const i of t.items) lines.push(`- [${done[i.id] === true ? 'x' : ' '}] ${oneLine(i.text)} — ${oneLine(i.why)}`);
  }
  return `${lines.join('\n')}\n`;
}
