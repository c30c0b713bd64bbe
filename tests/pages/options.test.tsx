// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../entrypoints/options/Options.tsx';
import { disposeStores, renderPage } from './helpers.tsx';

afterEach(() => { cleanup(); disposeStores(); });

function pastePolicy(json: string) {
  fireEvent.change(screen.getByLabelText('…or paste the policy JSON'), { target: { value: json } });
  fireEvent.click(screen.getByText('Apply pasted policy'));
}

describe('Options', () => {
  it('applies a valid policy and refuses a bad one without changing anything', async () => {
    const { stores } = await renderPage(<Options />);
    pastePolicy('{"premium": true, "watchTerms": ["Mercy General"], "rules": {"privacy/no-such-rule": {"enabled": false}}}');
    expect((await screen.findByRole('alert')).textContent).toContain('rules.privacy/no-such-rule: unknown rule');
    expect(stores.settings.getState().data.premium).toBe(false);
    expect(stores.settings.getState().data.watchTerms).toEqual([]);
    pastePolicy('{"premium": true, "watchTerms": ["Mercy General"]}');
    await waitFor(() => expect(stores.settings.getState().data.premium).toBe(true));
    expect(stores.settings.getState().data.watchTerms).toEqual(['Mercy General']);
    expect(screen.getByRole('status').textContent).toContain('Policy applied');
  });

  it('turns a rule off and changes its severity', async () => {
    const { stores } = await renderPage(<Options />);
    fireEvent.click(screen.getByLabelText('clarity/jargon on'));
    await waitFor(() => expect(stores.settings.getState().data.rules['clarity/jargon']?.enabled).toBe(false));
    fireEvent.change(screen.getByLabelText('privacy/place severity'), { target: { value: 'block' } });
    await waitFor(() => expect(stores.settings.getState().data.rules['privacy/place']?.severity).toBe('block'));
  });

  it('shows settings pushed by the organisation as locked', async () => {
    await fakeBrowser.storage.managed.set({ gate: true, premium: true });
    await renderPage(<Options />);
    expect(screen.getByText(/Your organisation sets these/).textContent).toContain('gate, premium');
    expect((document.querySelector('[data-setting="premium"]') as HTMLInputElement).disabled).toBe(true);
    expect((document.querySelector('[data-setting="patientFacing"]') as HTMLInputElement).disabled).toBe(false);
  });

  it('keeps watch terms one per line and adds a conference', async () => {
    const { stores } = await renderPage(<Options />);
    const terms = screen.getByLabelText(/Watch terms/);
    fireEvent.change(terms, { target: { value: 'Mercy General\n\n  4 West  ' } });
    fireEvent.blur(terms);
    await waitFor(() => expect(stores.settings.getState().data.watchTerms).toEqual(['Mercy General', '4 West']));
    fireEvent.change(screen.getByPlaceholderText('#ASCO27'), { target: { value: '#ASCO27' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-05-28' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-06-01' } });
    fireEvent.click(screen.getByText('Add conference'));
    await waitFor(() => expect(stores.settings.getState().data.conferences).toEqual([{ tag: '#ASCO27', start: '2027-05-28', end: '2027-06-01' }]));
  });

  it('adds a trainee to the roster', async () => {
    const { stores } = await renderPage(<Options />);
    fireEvent.change(screen.getByLabelText('New trainee'), { target: { value: 'Dr. Ada Obi' } });
    fireEvent.click(screen.getByText('Add trainee'));
    await waitFor(() => expect(stores.trainees.getState().data.map((t) => t.name)).toEqual(['Dr. Ada Obi']));
    expect((screen.getByLabelText('Dr. Ada Obi follow-up date') as HTMLInputElement).value).toBe('');
  });
});
