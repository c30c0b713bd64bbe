import { describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../lib/engine/in-page.ts';
import { isHashtagRequest } from '../../lib/x/hashtag-request.ts';
import { BackgroundHashtags } from './hashtags.ts';

const tag = (t: string): Suggestion => ({ tag: t, score: 0.6, reason: 'test' });

describe('BackgroundHashtags', () => {
  it('asks once per draft and settings, then shows what arrives', async () => {
    const arrived = vi.fn();
    const send = vi.fn(async () => [tag('#Cardiology')]);
    const settings = { specialty: ['cardiology'] };
    const h = new BackgroundHashtags(arrived, send);
    expect(h.get('AF ablation outcomes', settings)).toEqual([]);
    expect(h.get('AF ablation outcomes', settings)).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'coach:hashtags', text: 'AF ablation outcomes', settings });
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
    expect(h.get('AF ablation outcomes', settings)).toEqual([tag('#Cardiology')]);
  });

  it('drops a reply for a draft that has changed since, and keeps the last chips meanwhile', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const send = vi.fn(() => new Promise((resolve) => { answer = resolve; }));
    const arrived = vi.fn();
    const h = new BackgroundHashtags(arrived, send);
    const settings = {};
    h.get('first', settings);
    const first = answer;
    h.get('second', settings);
    first([tag('#Old')]);
    await Promise.resolve();
    expect(arrived).not.toHaveBeenCalled();
    answer([tag('#New')]);
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
    expect(h.get('second', settings)).toEqual([tag('#New')]);
  });

  it('loses nothing when the background cannot answer', async () => {
    const h = new BackgroundHashtags(vi.fn(), async () => { throw new Error('Extension context invalidated'); });
    expect(h.get('text', {})).toEqual([]);
    await Promise.resolve();
    expect(h.get('text', {})).toEqual([]);
  });
});

describe('isHashtagRequest', () => {
  it('accepts only the coach message with a text and settings', () => {
    expect(isHashtagRequest({ type: 'coach:hashtags', text: 'x', settings: {} })).toBe(true);
    expect(isHashtagRequest({ type: 'coach:hashtags', text: 1, settings: {} })).toBe(false);
    expect(isHashtagRequest({ type: 'coach:hashtags', text: 'x', settings: null })).toBe(false);
    expect(isHashtagRequest({ type: 'coach:toggle-panel' })).toBe(false);
    expect(isHashtagRequest(null)).toBe(false);
  });
});
