// The content script's view of the settings. The background script reads them through the same
// persisted store the popup and options use (validated, with the organisation's policy applied)
// and answers with the effective ones; every change of the stored settings or the policy asks
// again, so a change there reaches open tabs without a reload.
import { browser } from 'wxt/browser';
import type { AppSettings } from '../../lib/store/app-settings.ts';
import { IGNORE_MESSAGE, SETTINGS_MESSAGE, type SettingsAnswer } from '../../lib/x/settings-request.ts';

export interface CoachSettingsWatch {
  /** Adds a term to the ignore list (the background script adds it to the stored settings as read). */
  ignoreTerm(term: string, rule: string): void;
  stop(): void;
}

/** Sends a message to the background script; rejects (never throws) once the extension is gone. */
async function send(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Calls `apply` with the effective settings as soon as the background script answers, then after
 * every change of the stored settings or the policy.
 */
export function watchCoachSettings(apply: (effective: AppSettings) => void): CoachSettingsWatch {
  let stopped = false;
  let asked = 0;
  const ask = (policy?: boolean, wait?: boolean) => {
    const n = ++asked;
    send({ type: SETTINGS_MESSAGE, policy, wait }).then(
      (answer) => {
        // Only the newest answer: an older one may overtake a later change's.
        if (stopped || n !== asked || !answer) return;
        const { provisional, ...settings } = answer as SettingsAnswer;
        apply(settings);
        // Answered before the policy's first read ended: ask again, waiting for it.
        if (provisional) ask(false, true);
      },
      // No answer (the extension was reloaded or removed): the coach keeps the settings it has.
      () => undefined,
    );
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') ask(true);
    else if ('settings' in changes) ask();
  };
  browser.storage.onChanged.addListener(onChanged);
  ask();
  return {
    ignoreTerm: (term, rule) => void send({ type: IGNORE_MESSAGE, term, rule }).catch(() => undefined),
    stop() {
      stopped = true;
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
