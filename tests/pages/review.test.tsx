// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Review } from '../../entrypoints/review/Review.tsx';
import { disposeStores, renderPage } from './helpers.tsx';

afterEach(() => { cleanup(); disposeStores(); });

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
});
