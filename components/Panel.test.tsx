// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { analyze } from '../lib/engine/index.ts';
import { CoachedText } from './CoachedText.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { LengthMeter } from './LengthMeter.tsx';

afterEach(cleanup);

describe('CoachedText', () => {
  it('marks each finding over exactly its text, and reports edits', () => {
    const text = 'Saw Mrs. Jane Hollis in room 412 today.';
    const onChange = vi.fn();
    const { container } = render(<CoachedText text={text} analysis={analyze(text)} label="Post" onChange={onChange} />);
    const marks = Array.from(container.querySelectorAll('.coached-mirror mark'));
    expect(marks.map((m) => [m.getAttribute('data-rule'), m.textContent])).toEqual(expect.arrayContaining([
      ['privacy/patient-name', 'Mrs. Jane Hollis'], ['privacy/room-number', 'room 412'],
    ]));
    // The mirror holds the same text as the box, so the marks sit under the right words.
    expect(container.querySelector('.coached-mirror')!.textContent).toBe(`${text}\u200b`);
    fireEvent.change(screen.getByLabelText('Post'), { target: { value: 'x' } });
    expect(onChange).toHaveBeenCalledWith('x');
  });

  it('marks only the findings it is given (reveal mode)', () => {
    const text = 'Saw Mrs. Jane Hollis in room 412 today.';
    const a = analyze(text);
    const { container } = render(<CoachedText text={text} analysis={a} shown={a.findings.slice(0, 1)} label="Post" onChange={() => {}} />);
    expect(container.querySelectorAll('.coached-mirror mark')).toHaveLength(1);
  });
});

describe('LengthMeter and FindingsPanel', () => {
  it('shows the weighted length and the overflowing part', () => {
    render(<LengthMeter length={{ weighted: 300, limit: 280, valid: false }} overflowText="the tail" />);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('300');
    expect(screen.getByText('the tail')).toBeTruthy();
  });

  it('lists findings, the thread split and hashtag chips that insert', () => {
    const text = `${'Teaching point about sepsis bundles and early antibiotics in the emergency department. '.repeat(4)}`;
    const a = analyze(text);
    const onInsert = vi.fn();
    const { container } = render(<FindingsPanel analysis={a} text={text} onInsertHashtag={onInsert} />);
    expect(container.querySelector('[data-rule="length/over-limit"]')).not.toBeNull();
    expect(screen.getByRole('list', { name: 'Suggested thread' }).children.length).toBe(a.stats.thread.length);
    const chip = container.querySelector<HTMLButtonElement>('[data-coach-hashtag]');
    expect(chip).not.toBeNull();
    fireEvent.click(chip!);
    expect(onInsert).toHaveBeenCalledWith(chip!.getAttribute('data-coach-hashtag'));
  });
});

describe('FindingsPanel: chat reminder, reading grade, held-back chips', () => {
  // 2026-11-22 is a Sunday: a chat on Sundays at 12:00 UTC for an hour is on at 12:20.
  const chat = { tag: '#MedEdChat', weekday: 0, time: '12:00', durationMinutes: 60 };
  const settings = { now: '2026-11-22T12:20:00Z', timezoneOffsetMinutes: 0, tweetChats: [chat] };
  const post = 'T1: what is one habit that made your first night on call safer? Sleep before the shift, always.';

  it('shows the tweet-chat reminder during the chat’s slot, and not after', () => {
    const on = analyze(post, settings);
    expect(on.stats.chatReminder).not.toBeNull();
    const { container, rerender } = render(<FindingsPanel analysis={on} text={post} />);
    expect(container.querySelector('[data-coach-chat]')!.textContent).toBe(on.stats.chatReminder);
    rerender(<FindingsPanel analysis={analyze(post, { ...settings, now: '2026-11-22T14:00:00Z' })} text={post} />);
    expect(container.querySelector('[data-coach-chat]')).toBeNull();
  });

  it('gives the reading grade its meaning and the target that applies, and underlines nothing for it', () => {
    const dense = 'Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.';
    const a = analyze(dense);
    const { container, rerender } = render(<FindingsPanel analysis={a} text={dense} />);
    const grade = container.querySelector('[data-coach-grade]')!.textContent!;
    expect(grade).toMatch(/^Reading grade \d+\.\d: specialist level: hard for most readers\. Target for posts for colleagues: 14 or below/);
    expect(grade).not.toMatch(/patient/i);
    // The finding sits with the grade, not in the list of words to fix.
    expect(container.querySelector('.coach-reading [data-rule="clarity/reading-grade"]')).not.toBeNull();
    rerender(<FindingsPanel analysis={analyze(dense, { patientFacing: true, gradeTarget: 6 })} text={dense} reading={{ patientFacing: true, gradeTarget: 6 }} />);
    expect(container.querySelector('[data-coach-grade]')!.textContent).toContain('Target for posts for patients: 6 or below');
    const box = render(<CoachedText text={dense} analysis={a} label="Dense" onChange={() => {}} />);
    expect(box.container.querySelectorAll('.coached-mirror mark[data-rule^="clarity/reading"], .coached-mirror mark[data-rule="clarity/long-sentence"]')).toHaveLength(0);
  });

  it('holds the hashtag chips back while a block-level privacy finding stands, with a line saying why', () => {
    const named = 'So proud of Mrs. Delia Okafor, who walked out of our ICU today after three weeks on the vent!';
    const a = analyze(named);
    expect(a.hashtags.length).toBeGreaterThan(0);
    const { container, rerender } = render(<FindingsPanel analysis={a} text={named} onInsertHashtag={() => {}} />);
    expect(container.querySelector('[data-coach-hashtag]')).toBeNull();
    expect(container.querySelector('[data-coach-hashtags-held]')!.textContent).toMatch(/^Hashtag suggestions wait until the patient identifiers are fixed/);
    const fixed = named.replace('Mrs. Delia Okafor', 'a patient');
    rerender(<FindingsPanel analysis={analyze(fixed)} text={fixed} onInsertHashtag={() => {}} />);
    expect(container.querySelector('[data-coach-hashtags-held]')).toBeNull();
  });
});

