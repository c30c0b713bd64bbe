import { describe, expect, it } from 'vitest';
import { HASHTAGS, SPECIALTIES } from '../../../lib/engine/data/hashtag-communities.ts';
import { analyze } from '../../../lib/engine/index.ts';
import { ENTRY_OF } from '../../../lib/engine/hashtags/index-build.ts';

const NOW = '2026-11-22T12:00:00Z'; // a Sunday
const tags = (text: string, settings = {}) => analyze(text, { now: NOW, ...settings }).hashtags;

describe('hashtag ontology', () => {
  it('holds at least 300 distinct tags across at least 25 specialties, each with triggers', () => {
    expect(HASHTAGS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(HASHTAGS.map((e) => e.tag.toLowerCase())).size).toBe(HASHTAGS.length);
    expect(new Set(HASHTAGS.flatMap((e) => e.specialties)).size).toBeGreaterThanOrEqual(25);
    for (const e of HASHTAGS) {
      expect(e.tag).toMatch(/^#[\p{L}\p{N}_]+$/u);
      expect(e.triggers.length).toBeGreaterThan(0);
      for (const s of e.specialties) expect(Object.keys(SPECIALTIES)).toContain(s);
    }
  });
});

describe('suggestHashtags', () => {
  it('suggests community tags from the draft’s medical words, best first, at most three', () => {
    const s = tags('New data on HER2-positive breast cancer and mammogram screening intervals.');
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(3);
    expect(s.map((x) => x.tag)).toContain('#BCSM');
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
    for (const x of s) {
      // An offered tag is never shown as 0: the least sure is 0.01.
      expect(x.score).toBeGreaterThanOrEqual(0.01);
      expect(x.score).toBeLessThanOrEqual(1);
      expect(x.reason.length).toBeGreaterThan(3);
    }
  });

  it('gives the kind of post as the reason only for a tag of that kind', () => {
    const reasons = (text: string) => new Map(tags(text).map((x) => [x.tag, x.reason]));
    // An award post: the academic tag says so; the model's other tags do not borrow that reason.
    const award = reasons('Congrats to Priya Raman, RN, on her DAISY award!');
    expect(award.get('#AcademicTwitter')).toBe('An academic career post');
    for (const [tag, reason] of award) if (tag !== '#AcademicTwitter') expect(reason).not.toBe('An academic career post');
    // A board question: the teaching tags are explained by it, a topic's tag by its words.
    const board = reasons('Board question: which of the following causes a wide QRS?\nA) hyperK\nB) TCA\nC) both');
    expect(board.get('#MedEd')).toBe('A board-style question: a teaching post');
    expect(board.get('#NephTwitter')).toBe('Matches “hyperK”');
  });

  it('never suggests a tag already in the draft', () => {
    const s = tags('Breast cancer screening saves lives. #BCSM #bcsm');
    expect(s.map((x) => x.tag.toLowerCase())).not.toContain('#bcsm');
  });

  it('suggests nothing for a draft with no medical topic', () => {
    expect(tags('Parking garage full again. Day 3 of circling for twenty minutes.')).toEqual([]);
    expect(tags('Happy Friday everyone!', { specialty: ['oncology'] })).toEqual([]);
  });

  it('weights the author’s specialty', () => {
    const text = 'Started her on dose-dense AC-T today. Neutropenia precautions explained.';
    const plain = tags(text).map((x) => x.tag);
    const onc = tags(text, { specialty: ['oncology'] }).map((x) => x.tag);
    expect(ENTRY_OF.get(onc[0]!.toLowerCase())?.specialties).toContain('oncology');
    expect(plain).not.toEqual(onc);
  });

  it('offers the author’s conference tag only during its dates', () => {
    const conf = { conferences: [{ tag: '#ASCO27', start: '2026-11-21', end: '2026-11-24' }] };
    expect(tags('Great session on lung cancer immunotherapy.', conf)[0]!.tag).toBe('#ASCO27');
    const later = { ...conf, now: '2026-12-20T12:00:00Z' };
    expect(tags('Great session on lung cancer immunotherapy.', later).map((x) => x.tag)).not.toContain('#ASCO27');
  });

  it('offers the tweet chat’s tag and the A1: reminder during its weekly slot', () => {
    const chat = { tweetChats: [{ tag: '#hcsm', weekday: 0, time: '11:30', durationMinutes: 60 }], timezoneOffsetMinutes: 0 };
    const during = analyze('A1: patient privacy comes first in every post about care.', { now: NOW, ...chat });
    expect(during.hashtags[0]!.tag).toBe('#hcsm');
    expect(during.stats.chatReminder).toMatch(/A1:/);
    const after = analyze('A1: patient privacy comes first in every post about care.', { now: '2026-11-22T15:00:00Z', ...chat });
    expect(after.stats.chatReminder).toBeNull();
    expect(after.hashtags.find((x) => x.tag === '#hcsm')?.reason).not.toBe('Your tweet chat is on now');
  });
});

describe('specialty communities', () => {
  it('name a tag of the ontology for every specialty', async () => {
    const { SPECIALTY_COMMUNITY } = await import('../../../lib/engine/data/hashtag-communities.ts');
    const tagsInOntology = new Set(HASHTAGS.map((e) => e.tag));
    for (const s of Object.keys(SPECIALTIES)) expect(tagsInOntology).toContain(SPECIALTY_COMMUNITY[s]);
  });
});
