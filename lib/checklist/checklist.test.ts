import { SCENARIOS } from '../practice/scenarios.ts';
import { TRACKS, itemById } from './index.ts';
import { checklistMarkdown } from './markdown.ts';

describe('checklist data', () => {
  it('has the three tracks, the trainer’s eight lessons, and unique ids', () => {
    expect(TRACKS.map((t) => t.id)).toEqual(['physician', 'trainer', 'assistant']);
    expect(TRACKS.find((t) => t.id === 'trainer')!.items).toHaveLength(8);
    const ids = TRACKS.flatMap((t) => t.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(itemById.size).toBe(ids.length);
  });

  it('gives every item a short text and a one-line why', () => {
    for (const item of itemById.values()) {
      expect(item.text.length).toBeLessThan(140);
      expect(item.why).toMatch(/\S/);
      expect(item.why).not.toContain('\n');
    }
  });

  it('links "show me" only to scenarios that exist', () => {
    const scenarioIds = new Set(SCENARIOS.map((s) => s.id));
    for (const item of itemById.values()) if (item.showMe) expect(scenarioIds).toContain(item.showMe);
  });
});

describe('checklistMarkdown', () => {
  it('writes each track with its progress and ticked boxes', () => {
    const first = TRACKS[0]!.items[0]!;
    const md = checklistMarkdown(TRACKS, { [first.id]: true }, new Date('2026-11-23T10:00:00Z'));
    expect(md).toContain('Progress on 2026-11-23.');
    expect(md).toContain(`## Physician (1 of ${TRACKS[0]!.items.length} done)`);
    expect(md).toContain(`- [x] ${first.text} — ${first.why}`);
    expect(md).toContain(`- [ ] ${TRACKS[0]!.items[1]!.text}`);
    expect(md.match(/^- \[x\]/gm)).toHaveLength(1);
  });
});
