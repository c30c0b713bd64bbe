import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSettingsMessage, POLICY_WAIT_MS } from './coach-answers.ts';
import { DEFAULT_APP_SETTINGS } from './app-settings.ts';

const ask = (message: unknown) => answerSettingsMessage(message);

beforeEach(async () => {
  fakeBrowser.reset();
  // (The policy read is kept between questions: start each test from the empty one.)
  await ask({ type: 'coach:settings', policy: true });
});

describe('the background answering the coach on X about its settings', () => {
  it('answers defaults when nothing is stored, and what is stored, read afresh for each question', async () => {
    expect(await ask({ type: 'coach:settings' })).toEqual(DEFAULT_APP_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_APP_SETTINGS, watchTerms: undefined, ignoredTerms: undefined, premium: true } });
    await fakeBrowser.storage.local.set({ settings: { watchTerms: ['Mercy General'], ignoredTerms: [] } });
    expect(await ask({ type: 'coach:settings' })).toEqual({ ...DEFAULT_APP_SETTINGS, premium: true, watchTerms: ['Mercy General'] });
  });

  it('answers with the policy over the user: read once, and again when the tab says it changed', async () => {
    await fakeBrowser.storage.managed.set({ premium: true });
    expect(await ask({ type: 'coach:settings', policy: true })).toMatchObject({ premium: true });
    await fakeBrowser.storage.managed.set({ premium: false });
    expect(await ask({ type: 'coach:settings', policy: true })).toMatchObject({ premium: false });
  });

  it('answers the user’s settings as provisional while the policy’s first read is slow, and the policy when asked to wait', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_APP_SETTINGS, watchTerms: undefined, ignoredTerms: undefined, gradeTarget: 6 } });
    await fakeBrowser.storage.managed.set({ premium: true });
    const get = fakeBrowser.storage.managed.get;
    // The browser's first read of the policy takes seconds.
    fakeBrowser.storage.managed.get = ((keys: never) => new Promise((r) => setTimeout(r, POLICY_WAIT_MS * 3)).then(() => get(keys))) as typeof get;
    try {
      const first = ask({ type: 'coach:settings', policy: true });
      const waited = ask({ type: 'coach:settings', wait: true });
      expect(await first).toEqual({ ...DEFAULT_APP_SETTINGS, gradeTarget: 6, provisional: true });
      expect(await waited).toEqual({ ...DEFAULT_APP_SETTINGS, gradeTarget: 6, premium: true });
      // Once read, the policy answers at once.
      expect(await ask({ type: 'coach:settings' })).toEqual({ ...DEFAULT_APP_SETTINGS, gradeTarget: 6, premium: true });
    } finally {
      fakeBrowser.storage.managed.get = get;
    }
  });

  it('adds a term to a rule’s ignore list in local storage, and refuses privacy rules', async () => {
    expect(await ask({ type: 'coach:ignore', term: ' utilize ', rule: 'clarity/jargon' })).toEqual([]);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { watchTerms: [], ignoredTerms: [{ rule: 'clarity/jargon', term: 'utilize' }] } });
    expect(await ask({ type: 'coach:settings' })).toMatchObject({ ignoredTerms: [{ rule: 'clarity/jargon', term: 'utilize' }] });
    expect(await ask({ type: 'coach:ignore', term: 'Mrs. Alvarez', rule: 'privacy/patient-name' })).toEqual(['Privacy findings cannot be ignored: edit the text instead.']);
  });

  it('leaves other messages to other listeners', () => {
    expect(ask({ type: 'coach:advice', text: 'x', settings: {}, hashtags: false })).toBeUndefined();
    expect(ask({ type: 'coach:ignore', term: 3, rule: 'clarity/jargon' })).toBeUndefined();
    expect(ask(null)).toBeUndefined();
  });
});
