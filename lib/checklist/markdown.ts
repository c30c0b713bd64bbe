import type { Track } from './types.ts';

/** The checklist with progress as Markdown, to paste into a follow-up email. */
export function checklistMarkdown(tracks: Track[], done: Record<string, boolean>, date?: Date): string {
  const lines = ['# Social media training checklist'];
  if (date) lines.push('', `Progress on ${date.toISOString().slice(0, 10)}.`);
  for (const t of tracks) {
    const n = t.items.filter((i) => done[i.id]).length;
    lines.push('', `## ${t.title} (${n} of ${t.items.length} done)`, '');
    for (const i of t.items) lines.push(`- [${done[i.id] ? 'x' : ' '}] ${i.text} — ${i.why}`);
  }
  return `${lines.join('\n')}\n`;
}
