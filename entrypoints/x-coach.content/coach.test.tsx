// @vitest-environment jsdom
// The coach on its own, with a fake analyser: which boxes it takes, who writes the card, and the
// check before posting (held, let through once, named post of a thread, long drafts outside X's handler).
import type { Analysis, Finding } from '../../lib/engine/index.ts';
import { Coach } from './coach.ts';
import { extensionGone } from './lifetime.ts';
import { createView } from './view.ts';

const NAME: Finding = { rule: 'privacy/patient-name', category: 'privacy', severity: 'block', start: 4, end: 15, message: 'Patient name', fix: { replacement: 'a patient' } };

/** Flags "Jane Hollis" wherever it is, as a block finding; counts its calls. */
function fakeAnalyser() {
  const calls: string[] = [];
  const analyse = (text: string): Analysis => {
    calls.push(text);
    const i = text.indexOf('Jane Hollis');
    const findings = i < 0 ? [] : [{ ...NAME, start: i, end: i + 'Jane Hollis'.length }];
    return { length: { weighted: text.length, limit: 280, valid: true }, findings, hashtags: [], stats: { grade: null, words: 0, sentences: 0, thread: [] } } as unknown as Analysis;
  };
  return { analyse, calls };
}

function box(index: number, text: string): string {
  return `<div data-testid="tweetTextarea_${index}" contenteditable="true" role="textbox"><div data-contents="true">`
    + `<div data-block="true"><div><span data-offset-key="k${index}-0-0"><span data-text="true">${text}</span></span></div></div></div></div>`;
}

function page(texts: string[]) {
  document.body.innerHTML = `<main><div id="composer">${texts.map((t, i) => box(i, t)).join('')}
    <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div></main>`;
  return {
    editor: (i: number) => document.querySelector<HTMLElement>(`[data-testid="tweetTextarea_${i}"]`)!,
    post: () => document.querySelector<HTMLButtonElement>('[data-testid="tweetButtonInline"]')!,
  };
}

function setup(texts: string[], focus?: number) {
  const p = page(texts);
  if (focus !== undefined) p.editor(focus).focus();
  const view = createView();
  const { analyse, calls } = fakeAnalyser();
  const coach = new Coach(view, { settings: {}, gate: true, onIgnoreTerm: () => undefined }, analyse);
  coach.start();
  return { ...p, view, coach, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
  window.requestAnimationFrame = (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number;
});
afterEach(() => { vi.useRealTimers(); document.body.innerHTML = ''; });

describe('the coach on X (fake analyser)', () => {
  it('takes the focused box and every box already on the page when it starts', () => {
    const { coach, view, editor } = setup(['Saw Jane Hollis today', 'Second post'], 1);
    expect(coach.size).toBe(2);
    vi.advanceTimersByTime(20);
    expect(view.getState().sessions.map((s) => s.text).sort()).toEqual(['Saw Jane Hollis today', 'Second post']);
    expect(view.getState().sessions.flatMap((s) => s.marks.map((m) => m.finding.rule))).toEqual(['privacy/patient-name']);
    expect(document.activeElement).toBe(editor(1));
    coach.stop();
  });

  it('does not analyse inside attach: a box opening is analysed by the frame loop', () => {
    const { calls, coach } = setup(['Saw Jane Hollis today']);
    expect(calls.filter((t) => t)).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(calls.filter((t) => t)).toEqual(['Saw Jane Hollis today']);
    coach.stop();
  });

  it('has one writer for the card: hover opens and closes it, the caret closes it when it leaves', () => {
    const { coach, view } = setup(['Saw Jane Hollis today']);
    vi.advanceTimersByTime(20);
    const s = view.getState().sessions[0]!;
    coach.hover({ sessionId: s.id, key: s.marks[0]!.key });
    expect(view.getState().card).toEqual({ sessionId: s.id, key: s.marks[0]!.key, focus: false });
    coach.hover(null);
    expect(view.getState().card).toBeNull();
    coach.stop();
  });

  it('holds Post while a block finding is there, names the post of a thread, and lets one Post through after "Post anyway"', () => {
    const { coach, view, post } = setup(['All good here', 'Saw Jane Hollis today']);
    vi.advanceTimersByTime(20);
    const seen: boolean[] = [];
    post().addEventListener('click', () => seen.push(true));
    post().click();
    expect(seen).toEqual([]);
    const gate = view.getState().gate!;
    expect(gate.where).toBe('Post 2 of 2');
    expect(gate.findings.map((f) => f.quote)).toEqual(['Jane Hollis']);
    coach.gatePost();
    expect(seen).toEqual([true]);
    expect(view.getState().gate).toBeNull();
    // The bypass is for one Post only.
    post().click();
    expect(seen).toEqual([true]);
    coach.stop();
  });

  it('lets a clean draft post at once', () => {
    const { coach, view, post } = setup(['All good here']);
    const seen: boolean[] = [];
    post().addEventListener('click', () => seen.push(true));
    post().click();
    expect(seen).toEqual([true]);
    expect(view.getState().gate).toBeNull();
    coach.stop();
  });

  it('checks a long changed draft outside X’s click handler, then posts it if clean', () => {
    const long = 'word '.repeat(4000);
    const { coach, view, post, calls } = setup([long]);
    const seen: boolean[] = [];
    post().addEventListener('click', () => seen.push(true));
    const before = calls.length;
    post().click();
    // Over the budget: nothing analysed in the handler, Post held with "checking".
    expect(calls.length).toBe(before);
    expect(view.getState().gate?.checking).toBe(true);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls.at(-1)).toBe(long);
    expect(view.getState().gate).toBeNull();
    expect(seen).toEqual([true]);
    coach.stop();
  });

  it('holds Post while advice that could stop it is on its way, then decides on it', async () => {
    const p = page(['Damn this']);
    const view = createView();
    const { analyse } = fakeAnalyser();
    let arrive = () => undefined as void;
    let arrived = false;
    const withAdvice = Object.assign((text: string) => {
      const a = analyse(text);
      return arrived ? { ...a, findings: [{ ...NAME, rule: 'professionalism/profanity', start: 0, end: 4 }] } : a;
    }, { pending: () => (arrived ? null : new Promise<void>((r) => { arrive = r; })) });
    const coach = new Coach(view, { settings: {}, gate: true, onIgnoreTerm: () => undefined }, withAdvice);
    coach.start();
    vi.advanceTimersByTime(20);
    const seen: boolean[] = [];
    p.post().addEventListener('click', () => seen.push(true));
    p.post().click();
    expect(view.getState().gate?.checking).toBe(true);
    vi.advanceTimersByTime(1);
    expect(view.getState().gate?.checking).toBe(true);
    arrived = true;
    coach.reanalyse();
    arrive();
    await vi.advanceTimersByTimeAsync(1);
    expect(view.getState().gate?.findings.map((f) => f.finding.rule)).toEqual(['professionalism/profanity']);
    expect(view.getState().gate?.checking).toBe(false);
    expect(seen).toEqual([]);
    coach.stop();
  });

  it('Escape in the check returns focus to the box', () => {
    const { coach, editor, post } = setup(['Saw Jane Hollis today'], 0);
    vi.advanceTimersByTime(20);
    post().click();
    post().focus();
    coach.gateCancel();
    expect(document.activeElement).toBe(editor(0));
    coach.stop();
  });

  it('lets go of a box that leaves the page, with its card', async () => {
    const { coach, view, editor } = setup(['Saw Jane Hollis today']);
    vi.advanceTimersByTime(20);
    const s = view.getState().sessions[0]!;
    coach.hover({ sessionId: s.id, key: s.marks[0]!.key });
    editor(0).remove();
    await Promise.resolve();
    vi.advanceTimersByTime(200);
    expect(coach.size).toBe(0);
    expect(view.getState().card).toBeNull();
    expect(view.getState().sessions).toEqual([]);
    coach.stop();
  });
});

describe('extensionGone', () => {
  it('is true only when the extension context is gone', () => {
    expect(extensionGone(() => ({ id: 'abc' }))).toBe(false);
    expect(extensionGone(() => ({}))).toBe(true);
    expect(extensionGone(() => undefined)).toBe(true);
    expect(extensionGone(() => { throw new Error('Extension context invalidated.'); })).toBe(true);
  });
});
