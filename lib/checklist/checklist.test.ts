import { SCENARIOS } from '../practice/scenarios.ts';
import { TRACKS, itemById } from './index.ts';
import { checklistMarkdown } from './markdown.ts';
import type { Track } from './types.ts';

describe('checklist data', () => {
  it('has the three tracks, the trainer’s eight lessons, and unique ids', () => {
    expect(TRACKS.map((t) => t.id)).toEqual(['physician', 'trainer', 'assistant']);
    expect(TRACKS.find((t) => t.id === 'trainer')!.items).toHaveLength(8);
    const ids = TRACKS.flatMap((t) => t.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(itemById.size).toBe(ids.length);
    for (const id of ids) expect(itemById.get(id)?.id).toBe(id);
  });

  it('keeps the ids the stored progress and the pages rely on', () => {
    for (const id of ['phys-2fa', 'phys-phi', 'trainer-market', 'trainer-follow-up', 'asst-privacy-first']) expect(itemById.has(id), id).toBe(true);
  });

  it('gives every track a title and audience, and every item a short text and a one-line why', () => {
    for (const t of TRACKS) {
      expect(t.title).toMatch(/\S/);
      expect(t.audience).toMatch(/\S/);
      expect(t.items.length).toBeGreaterThanOrEqual(5);
    }
    for (const item of itemById.values()) {
      expect(item.text.length).toBeLessThan(140);
      expect(item.why.length).toBeLessThan(140);
      expect(item.why).toMatch(/\S/);
      expect(item.why).not.toContain('\n');
    }
  });

  it('covers the topics the training must: privacy, medical advice, conflicts, 2FA, the trainer’s follow-up', () => {
    const phys = TRACKS[0]!.items.map((i) => i.text.toLowerCase()).join('\n');
    for (const topic of ['two-factor', 'views are my own', 'identify a patient', 'medical advice', 'conflicts of interest', 'tweet chat', 'conference']) expect(phys).toContain(topic);
    expect(itemById.get('trainer-follow-up')!.text).toMatch(/conference hashtag/);
    expect(itemById.get('asst-general')!.text).toMatch(/general terms/);
  });

  it('links "show me" only to scenarios that exist, and uses it in every track', () => {
    const scenarioIds = new Set(SCENARIOS.map((s) => s.id));
    for (const item of itemById.values()) if (item.showMe) expect(scenarioIds, item.id).toContain(item.showMe);
    for (const t of TRACKS) expect(t.items.some((i) => i.showMe), t.id).toBe(true);
    expect(itemById.get('phys-phi')!.showMe).toBeDefined();
  });
});

describe('checklistMarkdown', () => {
  it('writes each track with its progress and ticked boxes', () => {
    const first = TRACKS[0]!.items[0]!;
    const total = TRACKS.reduce((n, t) => n + t.items.length, 0);
    const md = checklistMarkdown(TRACKS, { [first.id]: true }, new Date(2026, 10, 23, 10, 0));
    expect(md.startsWith('# Social media training checklist\n')).toBe(true);
    expect(md).toContain(`Progress on 2026-11-23: 1 of ${total} done.`);
    expect(md).toContain(`## Physician (1 of ${TRACKS[0]!.items.length} done)`);
    expect(md).toContain('## Trainer (0 of 8 done)');
    expect(md).toContain(`## Assistant / reviewer (0 of ${TRACKS[2]!.items.length} done)`);
    expect(md).toContain(`- [x] ${first.text} — ${first.why}\n`);
    expect(md).toContain(`- [ ] ${TRACKS[0]!.items[1]!.text} — ${TRACKS[0]!.items[1]!.why}`);
    expect(md.match(/^- \[x\]/gm)).toHaveLength(1);
    expect(md.match(/^- \[ \]/gm)).toHaveLength(total - 1);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('puts the items of each track under its own heading, in order', () => {
    const md = checklistMarkdown(TRACKS, {});
    const headings = [...md.matchAll(/^## (.+) \(/gm)].map((m) => m[1]);
    expect(headings).toEqual(TRACKS.map((t) => t.title));
    const trainer = md.slice(md.indexOf('## Trainer'), md.indexOf('## Assistant'));
    expect(trainer.match(/^- \[ \]/gm)).toHaveLength(8);
    expect(trainer.indexOf(itemById.get('trainer-market')!.text)).toBeLessThan(trainer.indexOf(itemById.get('trainer-follow-up')!.text));
  });

  it('leaves the date out when none is given and ignores unknown or false ids', () => {
    const md = checklistMarkdown(TRACKS, { 'no-such-item': true, 'phys-2fa': false });
    expect(md).not.toContain('Progress on');
    expect(md).toContain(`Progress: 0 of ${itemById.size} done.`);
    expect(md).not.toMatch(/^- \[x\]/m);
  });

  it('counts a fully done track and keeps each item on one line', () => {
    const track: Track = { id: 'assistant', title: 'Mini', audience: 'Test', items: [
      { id: 'a', text: 'First\nthing', why: 'Because' },
      { id: 'b', text: 'Second', why: 'Also' },
    ] };
    const md = checklistMarkdown([track], { a: true, b: true });
    expect(md).toContain('## Mini (2 of 2 done)');
    expect(md).toContain('- [x] First thing — Because\n- [x] Second — Also\n');
    expect(md).toContain('Progress: 2 of 2 done.');
  });
});
