// The content script's view of the settings: the same persisted store the popup and options use,
// so a change there reaches open tabs through storage change events, without a reload.
import { createSettingsStore, type SettingsState } from '../../lib/store/settings.ts';
import type { AppSettings } from '../../lib/store/app-settings.ts';

export interface CoachSettingsWatch {
  /** Adds a term to the ignore list once the stored settings are read (never over them). */
  ignoreTerm(term: string, rule: string): void;
  stop(): void;
}

/**
 * Calls `apply` as soon as the user's stored settings are read, then on every change of the
 * effective settings (an organisation's policy arrives later: Chromium can take seconds to answer
 * `storage.managed` the first time).
 */
export function watchCoachSettings(apply: (effective: AppSettings) => void): CoachSettingsWatch {
  const store = createSettingsStore();
  let last: AppSettings | null = null;
  let stopped = false;
  const waiting: (() => void)[] = [];
  const push = (s: SettingsState) => {
    if (stopped || !s.ready) return;
    waiting.splice(0).forEach((run) => run());
    if (s.effective === last) return;
    last = s.effective;
    apply(s.effective);
  };
  const unsubscribe = store.subscribe(push);
  push(store.getState());
  return {
    ignoreTerm(term, rule) {
      const run = () => void store.getState().ignoreTerm(term, rule);
      if (store.getState().ready) run();
      else waiting.push(run);
    },
    stop() { stopped = true; unsubscribe(); store.dispose(); },
  };
}
