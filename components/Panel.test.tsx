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
