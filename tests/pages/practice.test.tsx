// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Practice } from '../../entrypoints/practice/Practice.tsx';
import { SCENARIOS } from '../../lib/practice/scenarios.ts';
import { disposeStores, renderPage } from './helpers.tsx';

afterEach(() => { cleanup(); disposeStores(); location.hash = ''; });

const marks = () => Array.from(document.querySelectorAll('.coached-mirror [data-rule]')).map((m) => m.getAttribute('data-rule'));

describe('Practice', () => {
  it('loads a scenario with one click and marks what it demonstrates', async () => {
    await renderPage(<Practice />);
    fireEvent.click(document.querySelector('[data-scenario-id="room-number"]')!);
    expect((screen.getByLabelText('Practice post') as HTMLTextAreaElement).value).toBe(SCENARIOS.find((s) => s.id === 'room-number')!.text);
    expect(marks()).toContain('privacy/room-number');
  });

  it('re-analyses as the trainer types, and a fix changes the text', async () => {
    await renderPage(<Practice />);
    fireEvent.change(screen.getByLabelText('Practice post'), { target: { value: 'Pt in room 412 is better.' } });
    expect(marks()).toContain('privacy/room-number');
    fireEvent.click(document.querySelector('.coach-card[data-rule="privacy/room-number"] [data-coach-action="fix"]')!);
    expect((screen.getByLabelText('Practice post') as HTMLTextAreaElement).value).not.toContain('412');
  });

  it('reveals findings one at a time', async () => {
    await renderPage(<Practice />);
    fireEvent.click(document.querySelector('[data-scenario-id="patient-name"]')!);
    const total = marks().length;
    expect(total).toBeGreaterThan(0);
    fireEvent.click(screen.getByLabelText('Reveal one by one'));
    expect(marks()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /Reveal next finding/ }));
    expect(marks()).toHaveLength(1);
  });

  it('switches to presenter mode', async () => {
    const { container } = await renderPage(<Practice />);
    fireEvent.click(screen.getByLabelText('Presenter mode'));
    expect(container.querySelector('.page')!.classList.contains('presenter')).toBe(true);
  });

  it('opens the scenario named in the address (show-me links)', async () => {
    location.hash = '#scenario=age-over-89';
    await renderPage(<Practice />);
    expect(document.querySelector('[data-scenario="age-over-89"]')).not.toBeNull();
    expect(marks()).toContain('privacy/age-over-89');
  });

  it('groups the scenarios by topic, shows human titles only, and holds chips back on the patient-name scenario', async () => {
    await renderPage(<Practice />);
    expect(Array.from(document.querySelectorAll('[data-topic] h3')).map((h) => h.textContent)).toEqual(
      ['Patient privacy', 'Length', 'Clarity', 'Professionalism', 'Hashtags']);
    expect(document.querySelector('[data-topic="privacy"] [data-scenario-id="patient-name"]')).not.toBeNull();
    fireEvent.click(document.querySelector('[data-scenario-id="patient-name"]')!);
    expect(document.body.textContent).not.toMatch(/\b(privacy|clarity|length|professionalism)\/[a-z]/);
    expect(document.querySelector('[data-coach-hashtag]')).toBeNull();
    expect(document.querySelector('[data-coach-hashtags-held]')).not.toBeNull();
    // Fixed, the post may have its chips.
    fireEvent.click(document.querySelector('.coach-card[data-rule="privacy/patient-name"] [data-coach-action="fix"]')!);
    expect(document.querySelector('[data-coach-hashtags-held]')).toBeNull();
  });

  it('in presenter mode picks scenarios from a list grouped by topic and offers no ignore list', async () => {
    await renderPage(<Practice />);
    fireEvent.click(screen.getByLabelText('Presenter mode'));
    const select = screen.getByLabelText('Scenario') as HTMLSelectElement;
    expect(Array.from(select.querySelectorAll('optgroup')).map((g) => g.label)).toEqual(['Patient privacy', 'Length', 'Clarity', 'Professionalism', 'Hashtags']);
    fireEvent.change(select, { target: { value: 'jargon' } });
    expect((screen.getByLabelText('Practice post') as HTMLTextAreaElement).value).toBe(SCENARIOS.find((s) => s.id === 'jargon')!.text);
    expect(document.querySelector('.coach-card[data-rule="clarity/jargon"]')).not.toBeNull();
    expect(document.querySelector('[data-coach-action="ignore"]')).toBeNull();
  });
});

