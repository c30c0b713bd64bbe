import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSettingsMessage } from '../../lib/store/coach-answers.ts';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../lib/store/app-settings.ts';
import { watchCoachSettings } from './settings.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

beforeEach(() => {
  fakeBrowser.reset();
  // The background script, as it answers the content script.
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => answerSettingsMessage(m));
});

describe('the coach’s settings, from the background script', () => {
  it('applies the stored settings, then each change of them, and nothing after stop', async () => {
    const seen: AppSettings[] = [];
    const watch = watchCoachSettings((s) => seen.push(s));
    await until(() => seen.length === 1);
    expect(seen[0]!.premium).toBe(false);
    await fakeBrowser.storage.sync.set({ settings: { premium: true } });
    await until(() => seen.length === 2);
    expect(seen[1]!.premium).toBe(true);
    watch.stop();
    await fakeBrowser.storage.sync.set({ settings: { premium: false } });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(2);
  });

  it('adds an ignored term through the background script, and the change comes back', async () => {
    const seen: AppSettings[] = [];
    const watch = watchCoachSettings((s) => seen.push(s));
    await until(() => seen.length === 1);
    watch.ignoreTerm('utilize', 'clarity/jargon');
    await until(() => seen.length === 2);
    expect(seen[1]!.ignoredTerms).toEqual([{ rule: 'clarity/jargon', term: 'utilize' }]);
    watch.stop();
  });
});

describe('a provisional answer (the policy still being read)', () => {
  it('is applied, and the coach asks again, waiting for the policy', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      asked.push(m);
      const wait = (m as { wait?: boolean }).wait === true;
      return Promise.resolve(wait ? { ...DEFAULT_APP_SETTINGS, premium: true } : { ...DEFAULT_APP_SETTINGS, provisional: true });
    });
    const seen: AppSettings[] = [];
    const watch = watchCoachSettings((s) => seen.push(s));
    await until(() => seen.length === 2);
    expect(seen).toEqual([DEFAULT_APP_SETTINGS, { ...DEFAULT_APP_SETTINGS, premium: true }]);
    expect(asked).toEqual([{ type: 'coach:settings', policy: undefined, wait: undefined }, { type: 'coach:settings', policy: false, wait: true }]);
    watch.stop();
  });
});

describe('once the extension is gone', () => {
  it('neither throws nor applies anything when sending fails at once', async () => {
    const original = fakeBrowser.runtime.sendMessage;
    fakeBrowser.runtime.sendMessage = (() => {
      throw new Error('Extension context invalidated.');
    }) as typeof original;
    try {
      const seen: AppSettings[] = [];
      const watch = watchCoachSettings((s) => seen.push(s));
      expect(() => watch.ignoreTerm('utilize', 'clarity/jargon')).not.toThrow();
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
      watch.stop();
    } finally {
      fakeBrowser.runtime.sendMessage = original;
    }
  });
});
