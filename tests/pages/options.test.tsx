// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../entrypoints/options/Options.tsx';
import { enforceSyncQuotas } from '../store/chrome-sync.ts';
import { disposeStores, renderPage } from './helpers.tsx';

let lift = () => {};
afterEach(() => { cleanup(); disposeStores(); lift(); lift = () => {}; });

function pastePolicy(json: string) {
  fireEvent.change(screen.getByLabelText('…or paste the policy JSON'), { target: { value: json } });
  fireEvent.click(screen.getByText('Apply pasted policy'));
}

const section = (id: string) => document.getElementById(id)!;

describe('Options', () => {
  it('has a table of contents that leads to each section', async () => {
    await renderPage(<Options />);
    const links = within(screen.getByRole('navigation', { name: 'Sections of this page' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Coaching', 'Specialties', 'Conference hashtags', 'Tweet chats', 'Words', 'Rules', 'Organisation policy', 'Trainees']);
    for (const a of links) expect(document.querySelector(a.getAttribute('href')!)).not.toBeNull();
  });

  it('applies a valid policy and refuses a bad one in readable sentences, without changing anything', async () => {
    const { stores } = await renderPage(<Options />);
    pastePolicy('{"premium": true, "conferences": [{"tag": "#X", "start": "2027-13-01", "end": "2027-01-01"}], "rules": {"privacy/no-such-rule": {"enabled": false}}}');
    const alert = await within(section('policy')).findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Conference hashtag 1, start date: expected a date as YYYY-MM-DD.',
      'Rule “No such rule”: unknown rule.',
    ]);
    expect(alert.closest('pre')).toBeNull();
    expect(stores.settings.getState().data.premium).toBe(false);
    pastePolicy('{"premium": true, "watchTerms": ["Mercy General"]}');
    expect((await within(section('policy')).findByRole('status')).textContent).toBe('Policy applied: premium, watchTerms.');
    expect(stores.settings.getState().data.premium).toBe(true);
    expect(stores.settings.getState().data.watchTerms).toEqual(['Mercy General']);
  });

  it('says a policy was not applied when storage refuses it (sync quota), and keeps the old value', async () => {
    lift = enforceSyncQuotas();
    const { stores } = await renderPage(<Options />);
    const conferences = Array.from({ length: 70 }, (_, i) => ({ tag: `#Meeting${i}${'x'.repeat(80)}`, start: '2027-01-01', end: '2027-01-02' }));
    pastePolicy(JSON.stringify({ conferences }));
    const alert = await within(section('policy')).findByRole('alert');
    expect(alert.textContent).toMatch(/^The policy was not applied:Not saved: it needs \d+\.\d KB and the browser syncs at most 8\.0 KB for it\.$/);
    expect(screen.queryByText(/Policy applied/)).toBeNull();
    expect(stores.settings.getState().data.conferences).toEqual([]);
  });

  it('lists rules by human name, and turns one off and changes how strongly another is flagged', async () => {
    const { stores } = await renderPage(<Options />);
    const row = document.querySelector('[data-rule-row="clarity/jargon"] th')!;
    expect(row.querySelector('.rule-name')!.textContent).toBe('Jargon and abbreviations');
    fireEvent.click(screen.getByLabelText('Jargon and abbreviations: on'));
    await waitFor(() => expect(stores.settings.getState().data.rules['clarity/jargon']?.enabled).toBe(false));
    fireEvent.change(screen.getByLabelText('Place of care: how strongly'), { target: { value: 'block' } });
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
    await act(async () => { fireEvent.click(screen.getByText('Add conference')); });
    await waitFor(() => expect(stores.settings.getState().data.conferences).toEqual([{ tag: '#ASCO27', start: '2027-05-28', end: '2027-06-01' }]));
    expect((screen.getByPlaceholderText('#ASCO27') as HTMLInputElement).value).toBe('');
  });

  it('checks reversed conference dates beside the field and keeps what was typed', async () => {
    const { stores } = await renderPage(<Options />);
    fireEvent.change(screen.getByPlaceholderText('#ASCO27'), { target: { value: '#ASCO27' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-06-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-05-28' } });
    const to = screen.getByLabelText('To') as HTMLInputElement;
    const error = section('conferences').querySelector('[data-field-error="end"]')!;
    expect(error.textContent).toBe('The end date is before the start date.');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(to.getAttribute('aria-describedby')).toBe(error.id);
    expect(error.parentElement).toBe(to.closest('.row'));
    expect((screen.getByText('Add conference') as HTMLButtonElement).disabled).toBe(true);
    expect([(screen.getByPlaceholderText('#ASCO27') as HTMLInputElement).value, (screen.getByLabelText('From') as HTMLInputElement).value, to.value])
      .toEqual(['#ASCO27', '2027-06-01', '2027-05-28']);
    // Nothing at the top of the page, nothing saved.
    expect(document.querySelector('main > [role="alert"]')).toBeNull();
    expect(stores.settings.getState().data.conferences).toEqual([]);
    fireEvent.change(to, { target: { value: '2027-06-03' } });
    expect(section('conferences').querySelector('[data-field-error]')).toBeNull();
  });

  it('lists ignored terms with the rule they are ignored for, and flags one again', async () => {
    const { stores } = await renderPage(<Options />);
    await act(async () => { await stores.settings.getState().ignoreTerm('SOB', 'clarity/jargon'); });
    const list = document.querySelector('[data-ignored-terms] ul')!;
    expect(list.textContent).toBe('“SOB” for Jargon and abbreviations Remove');
    fireEvent.click(screen.getByLabelText('Flag “SOB” again for Jargon and abbreviations'));
    await waitFor(() => expect(stores.settings.getState().data.ignoredTerms).toEqual([]));
  });
});

describe('Trainees', () => {
  async function withTrainee() {
    const page = await renderPage(<Options />);
    fireEvent.change(screen.getByLabelText('New trainee'), { target: { value: 'Dr. Ada Obi' } });
    fireEvent.click(screen.getByText('Add trainee'));
    await waitFor(() => expect(page.stores.trainees.getState().data.map((t) => t.name)).toEqual(['Dr. Ada Obi']));
    return page;
  }

  it('adds a trainee to the roster', async () => {
    await withTrainee();
    expect((screen.getByLabelText('Dr. Ada Obi follow-up date') as HTMLInputElement).value).toBe('');
  });

  it('asks before removing a trainee, and offers to undo', async () => {
    const { stores } = await withTrainee();
    fireEvent.click(screen.getByLabelText('Remove Dr. Ada Obi'));
    expect(stores.trainees.getState().data).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Keep Dr. Ada Obi'));
    fireEvent.click(screen.getByLabelText('Remove Dr. Ada Obi'));
    fireEvent.click(screen.getByLabelText('Yes, remove Dr. Ada Obi'));
    await waitFor(() => expect(stores.trainees.getState().data).toEqual([]));
    expect(screen.getByText(/Removed Dr\. Ada Obi\./)).toBeTruthy();
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stores.trainees.getState().data.map((t) => t.name)).toEqual(['Dr. Ada Obi']));
  });

  it('warns before saving a note that may identify a patient, and before exporting it', async () => {
    const { stores } = await withTrainee();
    const note = screen.getByLabelText('Dr. Ada Obi note');
    fireEvent.change(note, { target: { value: 'saw pt Maria Alvarez bed 7' } });
    fireEvent.blur(note);
    const warning = document.querySelector('[data-note-warning] [role="alert"]')!;
    expect(warning.textContent).toContain('This note may identify a patient: “Maria Alvarez” (patient name), “bed 7” (room or bed number). It is not saved yet.');
    expect(stores.trainees.getState().data[0]!.note).toBe('');
    fireEvent.click(screen.getByText('Save it anyway'));
    await waitFor(() => expect(stores.trainees.getState().data[0]!.note).toBe('saw pt Maria Alvarez bed 7'));

    fireEvent.click(screen.getByText('Export CSV'));
    const exportWarning = document.querySelector('[data-export-warning]')!;
    expect(exportWarning.textContent).toContain('Dr. Ada Obi: “Maria Alvarez” (patient name), “bed 7” (room or bed number)');
    fireEvent.click(screen.getByText('Cancel and edit the notes'));
    expect(document.querySelector('[data-export-warning]')).toBeNull();
  });

  it('saves an ordinary note without asking', async () => {
    const { stores } = await withTrainee();
    const note = screen.getByLabelText('Dr. Ada Obi note');
    fireEvent.change(note, { target: { value: 'thread practice' } });
    fireEvent.blur(note);
    await waitFor(() => expect(stores.trainees.getState().data[0]!.note).toBe('thread practice'));
    expect(document.querySelector('[data-note-warning]')).toBeNull();
  });

  it('asks for the reminder permissions when a follow-up date is set, and says when they are refused', async () => {
    const request = vi.fn(async () => false);
    (fakeBrowser.permissions as { request: unknown }).request = request;
    const { stores } = await withTrainee();
    await act(async () => { fireEvent.change(screen.getByLabelText('Dr. Ada Obi follow-up date'), { target: { value: '2027-01-04' } }); });
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
    await waitFor(() => expect(stores.trainees.getState().data[0]!.followUp).toBe('2027-01-04'));
    expect((await screen.findByText(/Reminders are off/)).textContent).toContain('Allow reminders');
  });
});
