// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Popup } from '../../entrypoints/popup/Popup.tsx';
import { TRACKS } from '../../lib/checklist/index.ts';
import { disposeStores, renderPage } from './helpers.tsx';

const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  cleanup(); disposeStores();
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

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
    fireEvent.click(screen.getByLabelText('On x.com'));
    await waitFor(() => expect(stores.settings.getState().data.sites.x).toBe(false));
    fireEvent.click(screen.getByLabelText('Coach on'));
    await waitFor(() => expect(stores.settings.getState().data.enabled).toBe(false));
    fireEvent.click(screen.getByLabelText('Check before posting'));
    await waitFor(() => expect(stores.settings.getState().data.gate).toBe(false));
    fireEvent.change(screen.getByLabelText(/Specialty/), { target: { value: 'cardiology' } });
    await waitFor(() => expect(stores.settings.getState().data.specialty).toEqual(['cardiology']));
  });

  it('copies the checklist with progress as Markdown and says "Copied" on the button', async () => {
    const wrote = vi.fn((_md: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: wrote } });
    await renderPage(<Popup />);
    fireEvent.click(screen.getByRole('checkbox', { name: TRACKS[0]!.items[1]!.text }));
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' })); });
    const md = wrote.mock.calls[0]![0];
    expect(md).toContain(`- [x] ${TRACKS[0]!.items[1]!.text}`);
    expect(md).toContain(`- [ ] ${TRACKS[0]!.items[0]!.text}`);
    expect(md).toContain('## Trainer (0 of 8 done)');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(screen.queryByLabelText('Checklist as Markdown')).toBeNull();
  });

  it('shows the Markdown to copy by hand when the copy fails', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('no')) } });
    await renderPage(<Popup />);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' })); });
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('did not work');
    expect((screen.getByLabelText('Checklist as Markdown') as HTMLTextAreaElement).value).toContain('## Trainer (0 of 8 done)');
  });

  it('never wipes several specialties set in Options (it cannot show them)', async () => {
    const { stores } = await renderPage(<Popup />);
    await act(async () => { await stores.settings.getState().update({ specialty: ['cardiology', 'oncology'] }); });
    // No select that could overwrite them: they are listed, to be changed in Options.
    expect(document.querySelector('[data-setting="specialty"]')).toBeNull();
    expect(screen.getByText(/Specialties: cardiology, oncology/)).toBeTruthy();
    expect(stores.settings.getState().data.specialty).toEqual(['cardiology', 'oncology']);
  });

  it('sets and clears one specialty', async () => {
    const { stores } = await renderPage(<Popup />);
    fireEvent.change(screen.getByLabelText(/Specialty/), { target: { value: 'oncology' } });
    await waitFor(() => expect(stores.settings.getState().data.specialty).toEqual(['oncology']));
    fireEvent.change(screen.getByLabelText(/Specialty/), { target: { value: '' } });
    await waitFor(() => expect(stores.settings.getState().data.specialty).toEqual([]));
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
