// What the background script answers the coach on X about its settings (lib/x/settings-request.ts):
// the coach asks rather than reading storage itself, so this store stays out of every X tab's script.
import { browser } from 'wxt/browser';
import { createSettingsStore, readManaged, type Policy, type SettingsState } from './settings.ts';
import { isIgnoreRequest, isSettingsRequest, type SettingsAnswer } from '../x/settings-request.ts';

// The policy, read once while the background script runs and again after it changes (the tab that
// saw the change says so: change events reach it and the background in no set order). Chromium can
// take seconds to answer storage.managed the first time, and a tab asks for its settings as it opens.
let policy: Promise<Policy> | null = null;
/** The policy `policy` will give, once read. */
let policyRead: Policy | null = null;
const readPolicy = () => {
  if (policy) return policy;
  policyRead = null;
  const read = (policy = readManaged().then((p) => {
    if (policy === read) policyRead = p;
    return p;
  }));
  return read;
};

/**
 * How long a question waits for the policy's first read before it is answered without it. Chromium
 * has taken 2 to 6 seconds over its first read: a tab opened or a setting changed meanwhile would
 * wait as long. The answer then says it is provisional, and the tab asks again, waiting.
 */
export const POLICY_WAIT_MS = 400;
const NO_POLICY: Policy = { managed: {}, policyErrors: [] };

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
async function withSettings<T>(answer: (s: SettingsState) => T | Promise<T>, policyOf: () => Promise<Policy> = readPolicy): Promise<T> {
  const store = createSettingsStore(policyOf);
  try {
    await store.loaded;
    return await answer(store.getState());
  } finally {
    store.dispose();
  }
}

/** The effective settings; the user's alone, marked provisional, when the policy's first read is slow (POLICY_WAIT_MS). */
async function effectiveSettings(wait: boolean): Promise<SettingsAnswer> {
  const read = readPolicy();
  if (!wait && !policyRead) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = await Promise.race([read.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), POLICY_WAIT_MS)))]);
    clearTimeout(timer);
    if (late) return { ...(await withSettings((s) => s.effective, () => Promise.resolve(NO_POLICY))), provisional: true };
  }
  return withSettings((s) => s.effective);
}

/** The answer to a settings message (the effective settings, or the problems of an ignore), or undefined for any other message. */
export function answerSettingsMessage(message: unknown): Promise<SettingsAnswer | string[]> | undefined {
  if (isSettingsRequest(message)) {
    if (message.policy) policy = null;
    return effectiveSettings(message.wait === true);
  }
  if (isIgnoreRequest(message)) return withSettings((s) => s.ignoreTerm(message.term, message.rule));
  return undefined;
}
