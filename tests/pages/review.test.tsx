// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Review } from '../../entrypoints/review/Review.tsx';
import { SCENARIOS } from '../../lib/practice/scenarios.ts';
import { disposeStores, renderPage } from './helpers.tsx';

const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
function setClipboard(writeText: ((t: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: writeText ? { writeText } : undefined });
}
afterEach(() => {
  cleanup(); disposeStores();
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});
const draftText = (i: number) => (screen.getByLabelText(`Text of draft ${i}`) as HTMLTextAreaElement).value;

async function reviewDrafts(text: string) {
  const page = await renderPage(<Review />);
  fireEvent.change(screen.getByLabelText('Drafts to review'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Review' }));
  return page;
}

describe('Review', () => {
  it('splits drafts on blank lines and lists each one’s findings', async () => {
    await reviewDrafts('Saw Mrs. Jane Hollis in room 412 today.\n\n   \nGrand rounds on sepsis today.');
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(2);
    expect(document.querySelector('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]')).not.toBeNull();
    expect(document.querySelector('[data-draft="1"] .coach-card[data-severity="block"]')).toBeNull();
  });

  it('applies one fix, then all, and copies clean text with a note free of the removed identifiers', async () => {
    await reviewDrafts('Saw Mrs. Jane Hollis in room 412 today.');
    fireEvent.click(document.querySelector('[data-draft="0"] .coach-card[data-rule="privacy/room-number"] [data-coach-action="fix"]')!);
    expect((screen.getByLabelText('Text of draft 1') as HTMLTextAreaElement).value).not.toContain('412');
    fireEvent.click(screen.getByText('Apply all fixes'));
    const text = (screen.getByLabelText('Text of draft 1') as HTMLTextAreaElement).value;
    expect(text).not.toContain('Hollis');
    await act(async () => { fireEvent.click(screen.getByText('Copy clean text with review note')); });
    const out = (document.querySelector('[data-review-output]') as HTMLTextAreaElement).value;
    expect(out.startsWith(text)).toBe(true);
    expect(out).toContain('Review note');
    expect(out).not.toMatch(/Hollis|Jane|412/);
  });

  it('stores nothing until saved; saved reviews can be deleted one by one or all at once', async () => {
    const { stores } = await reviewDrafts('Grand rounds on sepsis today.');
    expect(stores.reviews.getState().data).toEqual([]);
    fireEvent.click(screen.getByText('Save review'));
    fireEvent.click(screen.getByText('Save review'));
    await waitFor(() => expect(stores.reviews.getState().data).toHaveLength(2));
    expect(document.querySelectorAll('[data-saved-review]')).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete the review/ })[0]!);
    await waitFor(() => expect(stores.reviews.getState().data).toHaveLength(1));
    window.confirm = () => true;
    fireEvent.click(screen.getByText('Delete all saved reviews'));
    await waitFor(() => expect(stores.reviews.getState().data).toHaveLength(0));
  });

  it('says "copied to the clipboard" only when the copy worked', async () => {
    setClipboard(() => Promise.reject(new Error('denied')));
    await reviewDrafts('Grand rounds on sepsis today.');
    await act(async () => { fireEvent.click(screen.getByText('Copy clean text with review note')); });
    expect(screen.getByLabelText('Clean text and review note')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The copy did not work');
    const wrote = vi.fn(() => Promise.resolve());
    setClipboard(wrote);
    await act(async () => { fireEvent.click(screen.getByText('Copy clean text with review note')); });
    expect(wrote).toHaveBeenCalled();
    expect(screen.getByLabelText('Clean text and review note (copied to the clipboard)')).toBeTruthy();
    // Copy per draft, confirmed where the button is.
    await act(async () => { fireEvent.click(screen.getByText('Copy this draft')); });
    expect(wrote).toHaveBeenLastCalledWith('Grand rounds on sepsis today.');
    expect(document.querySelector('[data-draft="0"] [role="status"]')!.textContent).toBe('Copied');
  });

  it('keeps each draft’s edits when Review is pressed again, and asks before dropping worked-on drafts', async () => {
    await reviewDrafts('Saw Mrs. Jane Hollis in room 412 today.\n\nGrand rounds on sepsis today.');
    fireEvent.click(document.querySelector('[data-draft="0"] .coach-card[data-rule="privacy/room-number"] [data-coach-action="fix"]')!);
    const fixed = draftText(1);
    expect(fixed).not.toContain('412');
    // Adding a draft to the box keeps the work on the others.
    fireEvent.change(screen.getByLabelText('Drafts to review'), { target: { value: 'Saw Mrs. Jane Hollis in room 412 today.\n\nGrand rounds on sepsis today.\n\nA third one.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(3);
    expect(draftText(1)).toBe(fixed);
    // A box without the worked-on draft asks first; "no" keeps everything.
    const ask = vi.fn(() => false);
    window.confirm = ask;
    fireEvent.change(screen.getByLabelText('Drafts to review'), { target: { value: 'Something else entirely.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(draftText(1)).toBe(fixed);
    window.confirm = () => true;
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(1);
    expect(draftText(1)).toBe('Something else entirely.');
  });

  it('lets a false alarm be dismissed so the draft is ready to hand back, and the note says so', async () => {
    setClipboard(() => Promise.resolve());
    await reviewDrafts('My mother Mrs. Delia Okafor turns 70 this week. Happy birthday, Mum!');
    expect(document.querySelector('[data-draft="0"] [data-ready]')!.getAttribute('data-ready')).toBe('false');
    fireEvent.click(document.querySelector('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"] [data-coach-action="dismiss"]')!);
    expect(document.querySelector('[data-draft="0"] [data-ready]')!.getAttribute('data-ready')).toBe('true');
    expect(screen.getByText(/Every draft is ready to hand back/)).toBeTruthy();
    await act(async () => { fireEvent.click(screen.getByText('Copy clean text with review note')); });
    const out = (document.querySelector('[data-review-output]') as HTMLTextAreaElement).value;
    expect(out).toContain('Judged a false alarm by the reviewer, left as written: a patient name (privacy).');
  });

  it('says what each draft still needs: blocks to fix, a draft too long to post, warnings to look at', async () => {
    const long = `Sepsis teaching thread: ${'fluids early, antibiotics within the hour, and reassess often. '.repeat(5)}`.trim();
    await reviewDrafts(`Saw Mrs. Jane Hollis in room 412 today.\n\nThe frequent flyers were back again tonight, wtf.\n\n${long}\n\nGrand rounds on sepsis today.`);
    const status = (i: number) => document.querySelector(`[data-draft="${i}"] [data-ready]`)!;
    expect([0, 1, 2, 3].map((i) => [status(i).getAttribute('data-ready'), status(i).textContent])).toEqual([
      ['false', '2 to fix before posting'],
      ['true', 'Ready to hand back · 2 warnings to look at'],
      ['false', 'Too long to post: shorten it or make it a thread'],
      ['true', 'Ready to hand back'],
    ]);
    // The page's own count agrees with the drafts'.
    expect(document.querySelector('[data-review-status]')!.textContent).toMatch(/^2 of 4 drafts still have something to fix/);
  });

  it('writes the note from the final text: one identifier left means it is not done', async () => {
    setClipboard(() => Promise.resolve());
    await reviewDrafts('Saw Mrs. Jane Hollis in room 412 today.');
    fireEvent.click(document.querySelector('[data-draft="0"] .coach-card[data-rule="privacy/room-number"] [data-coach-action="fix"]')!);
    await act(async () => { fireEvent.click(screen.getByText('Copy clean text with review note')); });
    const out = (document.querySelector('[data-review-output]') as HTMLTextAreaElement).value;
    expect(out).toContain('a patient name (privacy, must fix before posting)');
    expect(out).not.toContain('Nothing left to check');
  });

  it('saves only cleaned text and the note: no identifier of the scenario drafts reaches storage', async () => {
    const risky = SCENARIOS.filter((s) => s.identifiers?.length);
    const { stores } = await reviewDrafts(risky.map((s) => s.text).join('\n\n'));
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(risky.length);
    // Saved as pasted (no fix applied), and again after applying every fix.
    fireEvent.click(screen.getByText('Save review'));
    await waitFor(() => expect(stores.reviews.getState().data).toHaveLength(1));
    fireEvent.click(screen.getByText('Apply all fixes'));
    fireEvent.click(screen.getByText('Save review'));
    await waitFor(() => expect(stores.reviews.getState().data).toHaveLength(2));
    // Everything stored but the review's own id and times (a timestamp can hold "412").
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null), (k, v) => (['id', 'savedAt', 'expiresAt'].includes(k) ? undefined : v));
    expect(stored).toContain('walked out of our ICU');
    for (const s of risky) for (const id of s.identifiers!) expect(stored, `${s.id}: ${id}`).not.toContain(id);
    expect(screen.getByText(/cleaned text and note only/)).toBeTruthy();
  });

  it('holds hashtag chips back on a draft while a block-level privacy finding stands', async () => {
    await reviewDrafts('So proud of Mrs. Delia Okafor, who walked out of our ICU today after three weeks on the vent!\n\nNew heart failure trial: people who walked 30 minutes a day had fewer hospital stays over a year. A small study, but a cheap habit worth talking about with your care team.');
    expect(document.querySelector('[data-draft="0"] [data-coach-hashtags-held]')).not.toBeNull();
    expect(document.querySelector('[data-draft="0"] [data-coach-hashtag]')).toBeNull();
    const chip = document.querySelector<HTMLButtonElement>('[data-draft="1"] [data-coach-hashtag]')!;
    fireEvent.click(chip);
    expect(draftText(2).endsWith(` ${chip.getAttribute('data-coach-hashtag')}`)).toBe(true);
  });
});

