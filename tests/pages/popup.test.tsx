// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Popup } from '../../entrypoints/popup/Popup.tsx';
import { TRACKS } from '../../lib/checklist/index.ts';
import { disposeStores, renderPage } from './helpers.tsx';

afterEach(() => { cleanup(); disposeStores(); });

describe('Popup', () => {
  it('ticks a checklist item, shows progress, and stores it for the next opening', async () => {
    const { stores } = await renderPage(<Popup />);
    const first = TRACKS[0]!.items[0]!;
    fireEvent.click(screen.getByRole('checkbox', { name: first.text }));
    await waitFor(() => expect(stores.checklist.getState().data[first.id]).toBe(true));
    expect(screen.getByText(`1 of ${TRACKS[0]!.items.length} done`)).toBeTruthy();
    cleanup();
    await renderPage(<Popup />, 'reopened');
    expect((screen.getByRole('checkbox', { name: first.text }) as HTMLInputElement).checked).toBe(true);
  });

  it('switches the coach and the pre-post check, and picks a specialty', async () => {
    const { stores } = await renderPage(<Popup />);
    fireEvent.click(screen.getByLabelText('On x.com and twitter.com'));
    await waitFor(() => expect(stores.settings.getState().data.sites.x).toBe(false));
    fireEvent.click(screen.getByLabelText('Coach on (everywhere)'));
    await waitFor(() => expect(stores.settings.getState().data.enabled).toBe(false));
    fireEvent.click(screen.getByLabelText('Check before posting'));
    await waitFor(() => expect(stores.settings.getState().data.gate).toBe(false));
    fireEvent.change(screen.getByLabelText(/Specialty/), { target: { value: 'cardiology' } });
    await waitFor(() => expect(stores.settings.getState().data.specialty).toEqual(['cardiology']));
  });

  it('exports the checklist with progress as Markdown', async () => {
    await renderPage(<Popup />);
    fireEvent.click(screen.getByRole('checkbox', { name: TRACKS[0]!.items[1]!.text }));
    await act(async () => { fireEvent.click(screen.getByText('Copy as Markdown')); });
    const md = (screen.getByLabelText('Checklist as Markdown') as HTMLTextAreaElement).value;
    expect(md).toContain(`- [x] ${TRACKS[0]!.items[1]!.text}`);
    expect(md).toContain(`- [ ] ${TRACKS[0]!.items[0]!.text}`);
    expect(md).toContain('## Trainer (0 of 8 done)');
  });

  it('moves between tracks with the arrow keys', async () => {
    await renderPage(<Popup />);
    const tab = screen.getByRole('tab', { name: /Physician/ });
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Trainer/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('data-track')).toBe('trainer');
  });
});

describe('Popup with corrupt saved data', () => {
  it('shows a notice, uses defaults, and keeps the old value aside', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    await fakeBrowser.storage.local.set({ checklist: '{not json' });
    const { stores } = await renderPage(<Popup />);
    expect(screen.getByRole('alert').textContent).toMatch(/checklist could not be read/);
    expect(stores.checklist.getState().data).toEqual({});
    expect((await fakeBrowser.storage.local.get('checklist.corrupt'))['checklist.corrupt']).toBe('{not json');
    fireEvent.click(screen.getByText('Dismiss'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
