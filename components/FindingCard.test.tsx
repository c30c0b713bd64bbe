// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../lib/engine/types.ts';
import { FindingCard } from './FindingCard.tsx';
import { HashtagChip } from './HashtagChip.tsx';

afterEach(cleanup);

const text = 'Mrs. Alvarez, 93, in room 412 today';
const finding: Finding = {
  rule: 'privacy/patient-name', category: 'privacy', severity: 'block', start: 0, end: 12,
  message: 'A patient name', fix: { replacement: 'a patient' },
};

describe('FindingCard', () => {
  it('says which cues raised a weighed finding, in one line after the quote', () => {
    const { container } = render(<FindingCard finding={{ ...finding, because: 'a patient story, after a title' }} text={text} />);
    expect(container.querySelector('[data-coach-because]')?.textContent).toBe('Seen in a patient story, after a title.');
    cleanup();
    expect(render(<FindingCard finding={finding} text={text} />).container.querySelector('[data-coach-because]')).toBeNull();
  });

  it('shows the quote and fires fix, dismiss and ignore', () => {
    const onFix = vi.fn(); const onDismiss = vi.fn(); const onIgnore = vi.fn();
    const { container, getByText } = render(
      <FindingCard finding={finding} text={text} onFix={onFix} onDismiss={onDismiss} onIgnore={onIgnore} />);
    expect(container.querySelector('[data-severity="block"]')).not.toBeNull();
    expect(getByText('Mrs. Alvarez')).toBeTruthy();
    fireEvent.click(container.querySelector('[data-coach-action="fix"]')!);
    expect(onFix).toHaveBeenCalledWith(finding);
    fireEvent.click(getByText('Dismiss'));
    expect(onDismiss).toHaveBeenCalled();
    // A direct identifier is not offered for the (synced) ignore list…
    expect(container.querySelector('[data-coach-action="ignore"]')).toBeNull();
    expect(onIgnore).not.toHaveBeenCalled();
  });

  it('offers the ignore list for other findings', () => {
    const onIgnore = vi.fn();
    const jargon: Finding = { rule: 'clarity/jargon', category: 'clarity', severity: 'info', start: 30, end: 35, message: 'Jargon' };
    const { getByText } = render(<FindingCard finding={jargon} text={text} onIgnore={onIgnore} />);
    fireEvent.click(getByText('Add to ignore list…'));
    // Asked first: nothing is added until confirmed.
    expect(onIgnore).not.toHaveBeenCalled();
    expect(getByText('Never flag “today” for this rule again?')).toBeTruthy();
    fireEvent.click(getByText('Ignore it'));
    expect(onIgnore).toHaveBeenCalledWith(text.slice(30, 35), jargon);
  });

  it('never offers the ignore list for a privacy finding, even below block, nor for length', () => {
    const phone: Finding = { rule: 'privacy/contact', category: 'privacy', severity: 'warn', start: 14, end: 16, message: 'Phone number' };
    const long: Finding = { rule: 'length/over-limit', category: 'length', severity: 'block', start: 0, end: 35, message: 'Too long' };
    for (const f of [phone, long]) {
      const { container } = render(<FindingCard finding={f} text={text} onIgnore={() => {}} />);
      expect(container.querySelector('[data-coach-action="ignore"]')).toBeNull();
      cleanup();
    }
  });

  it('has no fix button without a fix', () => {
    const { container } = render(<FindingCard finding={{ ...finding, fix: undefined }} text={text} onFix={() => {}} />);
    expect(container.querySelector('[data-coach-action="fix"]')).toBeNull();
  });
});

describe('HashtagChip', () => {
  it('inserts its tag', () => {
    const onInsert = vi.fn();
    const { getByText } = render(<HashtagChip suggestion={{ tag: '#MedTwitter', score: 0.8, reason: 'r' }} onInsert={onInsert} />);
    fireEvent.click(getByText('#MedTwitter'));
    expect(onInsert).toHaveBeenCalledWith('#MedTwitter');
  });
});
