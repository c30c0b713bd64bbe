// What the background script answers the coach on X about its settings (lib/x/settings-request.ts):
// the coach asks rather than reading storage itself, so this store stays out of every X tab's script.
import { browser } from 'wxt/browser';
import { createSettingsStore, readManaged, type Policy, type SettingsState } from './settings.ts';
import { isIgnoreRequest, isSettingsRequest } from '../x/settings-request.ts';
import type { AppSettings } from './app-settings.ts';

// The policy, read once while the background script runs and again after it changes (the tab that
// saw the change says so: change events reach it and the background in no set order). Chromium can
// take seconds to answer storage.managed the first time, and a tab asks for its settings as it opens.
let policy: Promise<Policy> | null = null;
const readPolicy = () => (policy ??= readManaged());

/** Reads the policy ahead of the first question, and forgets it when it changes. */
export function readPolicyAhead(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') policy = null;
  });
  void readPolicy();
}

/**
 * The stored settings, read afresh for each question: storage change events reach the tabs and
 * the background in no set order, so a copy kept there could answer with the value from before the
 * change a tab asks about.
 */
async function withSettings<T>(answer: (s: SettingsState) => T | Promise<T>): Promise<T> {
  const store = createSettingsStore(readPolicy);
  try {
    await store.loaded;
    return await answer(store.getState());
  } finally {
    store.dispose();
  }
}

/** The answer to a settings message (the effective settings, or the problems of an ignore), or undefined for any other message. */
export function answerSettingsMessage(message: unknown): Promise<AppSettings | string[]> | undefined {
  if (isSettingsRequest(message)) {
    if (message.policy) policy = null;
    return withSettings((s) => s.effective);
  }
  if (isIgnoreRequest(message)) return withSettings((s) => s.ignoreTerm(message.term, message.rule));
  return undefined;
}
