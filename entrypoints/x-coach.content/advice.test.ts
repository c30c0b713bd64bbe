import { describe, expect, it, vi } from 'vitest';
import type { Advice } from '../../lib/engine/advice.ts';
import type { Analysis, Finding, Suggestion } from '../../lib/engine/in-page.ts';
import { isAdviceRequest, type AdviceRequest } from '../../lib/x/advice-request.ts';
import { ADVICE_PAUSE_MS, BackgroundAdvice, SETTLE_MS } from './advice.ts';

const tag = (t: string): Suggestion => ({ tag: t, score: 0.6, reason: 'test' });
const jargon = (start: number, end: number): Finding => ({ rule: 'clarity/jargon', category: 'clarity', severity: 'info', start, end, message: 'Jargon' });
const page = (text: string): Analysis => ({ length: { weighted: text.length, limit: 280, valid: true }, findings: [], hashtags: [], stats: { grade: null, words: 0, sentences: 0, thread: [], chatReminder: null } });
const advice = (findings: Finding[], hashtags: Suggestion[] = []): Advice => ({ findings, hashtags, stats: { grade: 7, words: 5, sentences: 1 } });

/** Asks at once (the coach waits for typing to pause); the check's own wait never ends. */
const now = (fn: () => void, ms: number) => {
  if (ms < SETTLE_MS) fn();
  return () => undefined;
};

/** A background whose replies the test releases one at a time. */
function background() {
  const asked: AdviceRequest[] = [];
  const answers: Array<(v: unknown) => void> = [];
  const send = vi.fn((r: AdviceRequest) => { asked.push(r); return new Promise((resolve) => answers.push(resolve)); });
  return { asked, send, answer: async (v: unknown) => { answers.shift()!(v); await new Promise((r) => setTimeout(r, 0)); } };
}

describe('BackgroundAdvice', () => {
  it('asks once per text and settings, merges what arrives, and does not re-run the page analysis for it', async () => {
    const bg = background();
    const arrived = vi.fn();
    const a = new BackgroundAdvice(arrived, bg.send, now);
    const settings = {};
    const analyse = vi.fn(() => page('pt stable'));
    expect(a.merge(1, 'pt stable', settings, false, analyse).findings).toEqual([]);
    a.merge(1, 'pt stable', settings, false, analyse);
    expect(bg.asked).toEqual([{ type: 'coach:advice', text: 'pt stable', settings, hashtags: false }]);
    await bg.answer(advice([jargon(0, 2)]));
    expect(arrived).toHaveBeenCalledTimes(1);
    const merged = a.merge(1, 'pt stable', settings, false, analyse);
    expect(merged.findings).toEqual([jargon(0, 2)]);
    expect(merged.stats.grade).toBe(7);
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(bg.asked).toHaveLength(1);
  });

  it('carries the last advice over an edit until the new one arrives, one request at a time per box', async () => {
    const bg = background();
    const a = new BackgroundAdvice(vi.fn(), bg.send, now);
    const s = {};
    a.merge(1, 'so pt stable', s, false, () => page(''));
    await bg.answer(advice([jargon(3, 5)]));
    // Typing before the finding moves it; typing into it drops it.
    expect(a.merge(1, 'oh so pt stable', s, false, () => page('')).findings).toEqual([jargon(6, 8)]);
    expect(a.merge(1, 'oh so ptx stable', s, false, () => page('')).findings).toEqual([]);
    // One request at a time: the third text waits for the second's reply, then goes.
    expect(bg.asked.map((r) => r.text)).toEqual(['so pt stable', 'oh so pt stable']);
    await bg.answer(advice([jargon(6, 8)]));
    expect(bg.asked.map((r) => r.text)).toEqual(['so pt stable', 'oh so pt stable', 'oh so ptx stable']);
    // Another box has its own advice.
    a.merge(2, 'ok', s, false, () => page(''));
    expect(bg.asked.at(-1)).toMatchObject({ text: 'ok' });
  });

  it('redraws only when the advice that arrives changes what the box shows', async () => {
    const bg = background();
    const arrived = vi.fn();
    const a = new BackgroundAdvice(arrived, bg.send, now);
    a.merge(1, 'pt stable', {}, false, () => page(''));
    await bg.answer(advice([jargon(0, 2)]));
    expect(arrived).toHaveBeenCalledTimes(1);
    a.merge(1, 'pt stable.', {}, false, () => page(''));
    // The same finding, as carried over the edit: nothing new to draw.
    await bg.answer(advice([jargon(0, 2)]));
    expect(arrived).toHaveBeenCalledTimes(1);
    a.merge(1, 'pt stable. SOB', {}, false, () => page(''));
    await bg.answer(advice([jargon(0, 2), jargon(11, 14)]));
    expect(arrived).toHaveBeenCalledTimes(2);
  });

  it('suggests hashtags only for an open panel, keeping the last chips while new ones are on their way', async () => {
    const bg = background();
    const a = new BackgroundAdvice(vi.fn(), bg.send, now);
    const s = {};
    a.merge(1, 'AF ablation', s, true, () => page(''));
    await bg.answer(advice([], [tag('#Cardiology')]));
    expect(a.merge(1, 'AF ablation', s, true, () => page('')).hashtags).toEqual([tag('#Cardiology')]);
    expect(a.merge(1, 'AF ablation', s, false, () => page('')).hashtags).toEqual([]);
    // Advice with hashtags also answers the panel closing: nothing more asked.
    expect(bg.asked).toHaveLength(1);
    expect(a.merge(1, 'AF ablation outcomes', s, true, () => page('')).hashtags).toEqual([tag('#Cardiology')]);
  });

  it('holds the check before posting only while advice that could stop the post is on its way', async () => {
    const bg = background();
    const a = new BackgroundAdvice(vi.fn(), bg.send, now);
    const plain = {};
    const strict = { rules: { 'professionalism/profanity': { severity: 'block' as const } } };
    a.merge(1, 'damn', plain, false, () => page(''));
    expect(a.pending(1, 'damn', plain)).toBeNull();
    a.merge(1, 'damn', strict, false, () => page(''));
    const wait = a.pending(1, 'damn', strict);
    expect(wait).toBeInstanceOf(Promise);
    await bg.answer(advice([]));
    await bg.answer(advice([]));
    await expect(wait).resolves.toBeUndefined();
    expect(a.pending(1, 'damn', strict)).toBeNull();
    // A privacy rule raised to block runs in the page: nothing to wait for.
    expect(a.pending(1, 'damn', { rules: { 'privacy/place': { severity: 'block' as const } } })).toBeNull();
  });

  it('asks once typing pauses, for the latest text', () => {
    const bg = background();
    const timers: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
    const schedule = (fn: () => void, ms: number) => {
      const t = { fn, ms, cancelled: false };
      timers.push(t);
      return () => { t.cancelled = true; };
    };
    const a = new BackgroundAdvice(vi.fn(), bg.send, schedule);
    a.merge(1, 'Pt', {}, false, () => page(''));
    a.merge(1, 'Pt i', {}, false, () => page(''));
    expect(bg.asked).toEqual([]);
    expect(timers.map((t) => [t.ms, t.cancelled])).toEqual([[ADVICE_PAUSE_MS, true], [ADVICE_PAUSE_MS, false]]);
    timers.filter((t) => !t.cancelled).forEach((t) => t.fn());
    expect(bg.asked.map((r) => r.text)).toEqual(['Pt i']);
  });

  it('loses nothing when the background cannot answer', async () => {
    const a = new BackgroundAdvice(vi.fn(), async () => { throw new Error('Extension context invalidated'); }, now);
    const own: Analysis = { ...page('x'), findings: [{ ...jargon(0, 1), rule: 'privacy/place', category: 'privacy' }] };
    expect(a.merge(1, 'x', {}, true, () => own).findings).toEqual(own.findings);
    await Promise.resolve();
    expect(a.merge(1, 'x', {}, true, () => own).findings).toEqual(own.findings);
  });
});

describe('isAdviceRequest', () => {
  it('accepts only the coach message with a text, settings and the panel flag', () => {
    expect(isAdviceRequest({ type: 'coach:advice', text: 'x', settings: {}, hashtags: false })).toBe(true);
    expect(isAdviceRequest({ type: 'coach:advice', text: 1, settings: {}, hashtags: false })).toBe(false);
    expect(isAdviceRequest({ type: 'coach:advice', text: 'x', settings: null, hashtags: false })).toBe(false);
    expect(isAdviceRequest({ type: 'coach:advice', text: 'x', settings: {} })).toBe(false);
    expect(isAdviceRequest({ type: 'coach:toggle-panel' })).toBe(false);
    expect(isAdviceRequest(null)).toBe(false);
  });
});
